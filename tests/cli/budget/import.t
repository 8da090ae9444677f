Spending from an accountant's or a bank's export: columns mapped by name, the
VAT taken off, each payment once however often the export is imported, a bad
row refusing the whole file. And editing budgets and lines.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2027-03-31
  $ officectl -q budget add "Facilitair 2027" --year 2027
  1
  $ officectl -q budget line add 1 Kantoorbenodigdheden --amount "5.000,00" --code 6100
  1
  $ officectl -q budget line add 1 Onderhoud --amount "12.000,00" --code 6300
  2

A bank's export: Belgian headers and dates, amounts paid (incl. VAT) and negative.

  $ cat > bank.csv <<'CSV'
  > Rekening;Datum;Bedrag;Tegenpartij;Omschrijving
  > BE68 5390 0754 7034;03/01/2027;-121,00;Lyreco;Papier
  > BE68 5390 0754 7034;15/01/2027;-60,50;Colruyt;Koffie
  > BE68 5390 0754 7034;15/01/2027;-60,50;Colruyt;Koffie
  > BE68 5390 0754 7034;02/02/2027;-1.210,00;Lyreco;Bureaustoelen
  > CSV
  $ MAP="date=Datum,amount=Bedrag,vendor=Tegenpartij,note=Omschrijving"
  $ officectl budget import bank.csv --line 6100 --map $MAP --negate --incl-vat --vat 21 --dry-run
  (dry run, not kept) new relation #1 Lyreco
  (dry run, not kept) new relation #2 Colruyt
  would import bank.csv: added 4 (\xe2\x82\xac 1.200,00 excl. VAT on 1 line), duplicates 0 (esc)
  $ officectl budget spending
  id  date  line  vendor  invoice  amount  vat_pct  commitment  note
  --  ----  ----  ------  -------  ------  -------  ----------  ----
  $ officectl budget import bank.csv --line 6100 --map $MAP --negate --incl-vat --vat 21
  new relation #1 Lyreco
  new relation #2 Colruyt
  imported bank.csv: added 4 (\xe2\x82\xac 1.200,00 excl. VAT on 1 line), duplicates 0 (esc)

The two coffees are two payments. Importing again adds nothing.

  $ officectl budget spending
  id  date        line  vendor   invoice  amount      vat_pct  commitment  note
  --  ----------  ----  -------  -------  ----------  -------  ----------  -------------
   1  2027-01-03     1  Lyreco              \xe2\x82\xac 100,00       21              Papier (esc)
   2  2027-01-15     1  Colruyt              \xe2\x82\xac 50,00       21              Koffie (esc)
   3  2027-01-15     1  Colruyt              \xe2\x82\xac 50,00       21              Koffie (esc)
   4  2027-02-02     1  Lyreco            \xe2\x82\xac 1.000,00       21              Bureaustoelen (esc)
  $ officectl budget import bank.csv --line 6100 --map $MAP --negate --incl-vat --vat 21
  imported bank.csv: added 0, duplicates 4

An accountant's export, excl. VAT, with a line per row and invoice numbers; one
invoice was entered by hand already.

  $ officectl -q budget spend 6300 --amount 800 --vat 21 --date 2027-02-10 --invoice F-2027-031 --vendor Schindler
  5
  $ cat > boekhouding.csv <<'CSV'
  > date,line,vendor,invoice,amount,vat
  > 2027-02-10,6300,Schindler,F-2027-031,800.00,21
  > 2027-03-01,6300,Schindler,F-2027-044,"1,250.00",21
  > 2027-03-05,6100,Lyreco,F-2027-050,99.99,21
  > CSV
  $ officectl budget import boekhouding.csv
  imported boekhouding.csv: added 2 (\xe2\x82\xac 1.349,99 excl. VAT on 2 lines), duplicates 1 (esc)
  $ officectl budget spending --in 2027-03 -o csv
  id,date,line,vendor,invoice,amount,vat_pct,commitment,note
  6,2027-03-01,2,Schindler,F-2027-044,1250.00,21,,
  7,2027-03-05,1,Lyreco,F-2027-050,99.99,21,,

The report's spent column is the sum of what was imported and entered.

  $ officectl -o csv budget report 1 | cut -d, -f1-6
  id,code,line,planned,committed,spent
  1,6100,Kantoorbenodigdheden,5000.00,0.00,1299.99
  2,6300,Onderhoud,12000.00,0.00,2050.00

Bad input: a bad row anywhere refuses the whole file, naming its line.

  $ cat > slecht.csv <<'CSV'
  > Datum;Bedrag
  > 01/03/2027;-10,00
  > 31/02/2027;-20,00
  > CSV
  $ officectl budget import slecht.csv --line 6100 --map date=Datum,amount=Bedrag --negate
  officectl: slecht.csv:3: date "31/02/2027": expected 2027-02-03 or 3/2/2027
  [65]
  $ printf 'date,amount\n2027-03-01,veel\n' | officectl budget import - --line 6100
  officectl: stdin:2: invalid amount "veel": expected a number with an optional currency such as EUR
  [65]
  $ printf 'date,amount,line\n2027-03-01,5,Reizen\n' | officectl budget import -
  officectl: stdin:2: no budget line "Reizen" (see `officectl budget show BUDGET`)
  [66]
  $ printf 'date,amount\n2027-03-01,5\n' | officectl budget import -
  officectl: stdin:2: no budget line: give --line or a line column
  [65]
  $ printf 'Datum,Bedrag\n2027-03-01,5\n' | officectl budget import - --line 6100
  officectl: stdin:1: no column "date" (name it with --map date=COLUMN; the columns are: Datum, Bedrag)
  [65]
  $ officectl budget import bank.csv --line 6100 --map datum=Datum
  officectl: --map: "datum": no such field (date, amount, vat, vendor, invoice, note, line)
  [64]
  $ officectl budget import bank.csv --line 6100 --map date=Datum,amount=Bedrag,date=Tegenpartij
  officectl: --map: "date": mapped twice
  [64]
  $ officectl budget spending -q | wc -l
  7

Editing: a budget's name, owner and year (not once something is booked), a
line's name, code and plan.

  $ printf 'handle,name\nan,An Peeters\n' > people.csv
  $ officectl -q team member import people.csv
  1
  $ officectl budget edit 1 --name "Facilities 2027" --owner an
  budget 1 "Facilities 2027" for 2027 updated
  $ officectl budget edit 1 --year 2028
  officectl: Facilities 2027 has spending or commitments in 2027: its year cannot change
  [65]
  $ officectl budget edit 1 --owner nobody
  officectl: no team member "nobody"* (glob)
  [66]
  $ officectl budget line edit 6100 --amount "6.000,00"
  line 1 "Kantoorbenodigdheden" updated: \xe2\x82\xac 6.000,00 planned (was \xe2\x82\xac 5.000,00) (esc)
  $ officectl budget line edit "Facilities 2027/Onderhoud" --name "Onderhoud gebouw" --code ""
  line 2 "Onderhoud gebouw" updated: \xe2\x82\xac 12.000,00 planned (esc)
  $ officectl budget line edit 6100 --amount 5 --by-month jan=5
  officectl: --by-month gives the plan itself: not with --amount or --monthly
  [64]
  $ officectl budget line edit 6100
  line 1 unchanged
  $ officectl budget list
  id  name             year  owner
  --  ---------------  ----  -----
   1  Facilities 2027  2027  an
  $ officectl -q budget add Leeg --year 2027
  2
  $ officectl budget edit Leeg --year 2028
  budget 2 "Leeg" for 2028 updated

Money in: a bank's export mixes refunds and deposits with payments. Nothing is
guessed: a credit row refuses the file until the user says what credits are.

  $ cat > bank-mei.csv <<'CSV'
  > Datum;Bedrag;Tegenpartij;Omschrijving
  > 03/05/2027;-242,00;Lyreco;Toner
  > 10/05/2027;+60,50;Lyreco;Creditnota toner
  > 12/05/2027;-30,25;Colruyt;Koffie
  > CSV
  $ MAP="date=Datum,amount=Bedrag,vendor=Tegenpartij,note=Omschrijving"
  $ officectl budget import bank-mei.csv --line 6100 --map $MAP --negate --incl-vat --vat 21
  officectl: bank-mei.csv:3: amount "+60,50" is money in, not spending (a refund, a credit note): say what the file's credits are with --credits refund (booked against the line) or --credits skip
  [65]
  $ officectl budget import bank-mei.csv --line 6100 --map $MAP --negate --incl-vat --vat 21 --credits skip --dry-run
  would import bank-mei.csv: added 2 (\xe2\x82\xac 225,00 excl. VAT on 1 line), duplicates 0; 1 credit skipped (esc)
  $ officectl budget import bank-mei.csv --line 6100 --map $MAP --negate --incl-vat --vat 21 --credits REFUND
  imported bank-mei.csv: added 3 (\xe2\x82\xac 175,00 excl. VAT on 1 line), duplicates 0; 1 refund (\xe2\x82\xac -50,00) among them (esc)
  $ officectl budget spending --in 2027-05 -o csv
  id,date,line,vendor,invoice,amount,vat_pct,commitment,note
  8,2027-05-03,1,Lyreco,,200.00,21,,Toner
  9,2027-05-10,1,Lyreco,,-50.00,21,,Creditnota toner
  10,2027-05-12,1,Colruyt,,25.00,21,,Koffie
  $ officectl budget import bank-mei.csv --line 6100 --map $MAP --negate --incl-vat --vat 21 --credits refund
  imported bank-mei.csv: added 0, duplicates 3

An accountant's export has spending positive: a credit note is negative there,
and the hint does not ask for --negate twice.

  $ printf 'date,amount\n2027-05-20,-15.00\n' | officectl budget import - --line 6100
  officectl: stdin:2: amount "-15.00" is money in, not spending (a refund, a credit note; a bank's export, where spending is negative, needs --negate): say what the file's credits are with --credits refund (booked against the line) or --credits skip
  [65]
  $ officectl budget import - --line 6100 --credits maybe < /dev/null
  officectl: --credits: "maybe" is not refuse, refund or skip* (glob)
  [64]

A row of 0,00 is no payment (a bank's information line, a fee waived): it is
left out and counted. Booked by hand, an invoice or an order of 0 is refused.

  $ printf 'date,amount\n2027-05-21,"0,00"\n2027-05-22,0\n2027-05-23,"12,00"\n' | officectl budget import - --line 6100
  imported stdin: added 1 (\xe2\x82\xac 12,00 excl. VAT on 1 line), duplicates 0; 2 rows of 0 skipped (esc)
  $ officectl --as-of 2027-06-01 budget spend 6100 --amount 0 --date 2027-05-12
  officectl: --amount: an invoice of 0 books nothing
  [65]
  $ officectl budget commit 6100 "Niets" --amount "0,00"
  officectl: --amount: an order of 0 books nothing
  [65]
  $ officectl budget spending --in 2027-05 -o csv | wc -l
  5
