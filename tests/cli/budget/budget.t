Budgets: lines with their plan, commitments consumed by invoices, the report with its
forecast, purchase requests with quotes weighed against each other.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2027-03-31
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl budget add "Facilitair 2027" --year 2027 --owner an
  budget 1 "Facilitair 2027" for 2027
  $ officectl budget add "Facilitair 2027" --year 2027
  officectl: a budget "Facilitair 2027" exists already
  [65]
  $ officectl budget add "Oud" --year 27000
  officectl: --year: 27000 is no year
  [64]
  $ officectl budget list
  id  name             year  owner
  --  ---------------  ----  -----
   1  Facilitair 2027  2027  an

Lines: an amount spread over the months, or a plan per month.

  $ officectl budget line add "Facilitair 2027" Kantoorbenodigdheden --amount "5.000,00" --code 6100
  line 1 "Kantoorbenodigdheden" in Facilitair 2027: \xe2\x82\xac 5.000,00 planned (esc)
  $ officectl budget line add "Facilitair 2027" Verhuis --by-month "mar=2.000,00,apr=8000" --code 6200
  line 2 "Verhuis" in Facilitair 2027: \xe2\x82\xac 10.000,00 planned (esc)
  $ officectl budget line add "Facilitair 2027" Onderhoud --amount 1.200 --code 6300
  officectl: --amount: invalid amount "1.200": is '.' a thousands separator or the decimal mark? Write two decimals (1.234,00 or 1,234.00), or say which mark is decimal (--decimal, or locale.decimal in the config)
  [65]
  $ officectl budget line add "Facilitair 2027" Onderhoud --amount 1.200,00 --code 6300
  line 3 "Onderhoud" in Facilitair 2027: \xe2\x82\xac 1.200,00 planned (esc)
  $ officectl budget line add "Facilitair 2027" Reizen
  officectl: a line needs its plan: --amount or --by-month
  [64]

A plan in another currency than the line's is refused, not read as euros.

  $ officectl budget line add "Facilitair 2027" Reizen --amount "100 USD"
  officectl: --amount: the line is in EUR, not USD
  [65]
  $ officectl budget line add "Facilitair 2027" Reizen --by-month "jan=100 USD"
  officectl: --by-month: "jan=100 USD": the line is in EUR, not USD
  [65]
  $ officectl budget line add "Facilitair 2027" Reizen --by-month "januari=5"
  officectl: --by-month: "januari=5": expected month=amount, such as jan=500
  [65]
  $ officectl budget line add "Facilitair 2027" Reizen --amount "12,3,4"
  officectl: --amount: invalid amount "12,3,4": misplaced thousands separator
  [65]
  $ officectl budget line add "Facilitair 2028" Reizen --amount 100
  officectl: no budget "Facilitair 2028" (see `officectl budget list`)
  [66]

Commitments (orders) and spending (invoices); an invoice settles its order.

  $ officectl budget commit 6100 "Bestelling 2027-014" --amount 840 --vat 21 --vendor Lyreco
  new relation #1 Lyreco (add details with `officectl contact edit '#1'`)
  commitment 1 on Kantoorbenodigdheden: \xe2\x82\xac 840,00 excl. VAT (esc)
  $ officectl budget commit 6300 "Onderhoud lift" --amount 900 --vendor Schindler
  new relation #2 Schindler (add details with `officectl contact edit '#2'`)
  commitment 2 on Onderhoud: \xe2\x82\xac 900,00 excl. VAT (esc)
  $ officectl budget spend 6100 --amount "812,40" --vat 21 --date 2027-02-03 --invoice F-123 --commit 1
  the invoice differs from the order: \xe2\x82\xac 840,00 ordered, \xe2\x82\xac 812,40 invoiced (esc)
  spent \xe2\x82\xac 812,40 excl. VAT on Kantoorbenodigdheden (commitment 1 invoiced) (esc)
  $ officectl budget spend 6100 --amount 300 --date 2027-03-01 --commit 1
  officectl: commitment 1 is invoiced already
  [65]
  $ officectl budget spend 6200 --amount 300 --commit 2
  officectl: commitment 2 is on line 3, not on 2
  [65]
  $ officectl budget spend "Facilitair 2027/Verhuis" --amount "1.900,00" --date 2027-03-20 --vendor "Verhuisfirma Mertens"
  new relation #3 Verhuisfirma Mertens (add details with `officectl contact edit '#3'`)
  spent \xe2\x82\xac 1.900,00 excl. VAT on Verhuis (esc)
  $ officectl budget spend 6100 --amount 45 --vat 19
  officectl: --vat: "19" is not 0, 6, 12 or 21 (see `officectl budget spend --help`)
  [64]
  $ officectl budget spend 6100 --amount veel
  officectl: --amount: invalid amount "veel": expected a number with an optional currency such as EUR
  [65]
  $ officectl budget spend 9999 --amount 5
  officectl: no budget line "9999" (see `officectl budget show BUDGET`)
  [66]
  $ officectl budget commitments
  id  line  title           vendor     date        amount    vat_pct  status  note
  --  ----  --------------  ---------  ----------  --------  -------  ------  ----
   2     3  Onderhoud lift  Schindler  2027-03-31  \xe2\x82\xac 900,00        0  open (esc)
  $ officectl budget commitments --all -o csv
  id,line,title,vendor,date,amount,vat_pct,status,note
  1,1,Bestelling 2027-014,Lyreco,2027-03-31,840.00,21,invoiced,
  2,3,Onderhoud lift,Schindler,2027-03-31,900.00,0,open,

The report: per line planned, committed, spent, remaining, used, and a year-end
forecast at the pace so far; overruns marked. Amounts excl. VAT.

  $ officectl budget report "Facilitair 2027"
  Budget Facilitair 2027 on 2027-03-31 (amounts excl. VAT)
  ========================================================
  
  Lines
  -----
  
  id  code  line                  planned      committed  spent       remaining    used_pct  forecast     mark
  --  ----  --------------------  -----------  ---------  ----------  -----------  --------  -----------  ----
   1  6100  Kantoorbenodigdheden   \xe2\x82\xac 5.000,00     \xe2\x82\xac 0,00    \xe2\x82\xac 812,40   \xe2\x82\xac 4.187,60        16   \xe2\x82\xac 3.294,73 (esc)
   2  6200  Verhuis               \xe2\x82\xac 10.000,00     \xe2\x82\xac 0,00  \xe2\x82\xac 1.900,00   \xe2\x82\xac 8.100,00        19   \xe2\x82\xac 7.705,55 (esc)
   3  6300  Onderhoud              \xe2\x82\xac 1.200,00   \xe2\x82\xac 900,00      \xe2\x82\xac 0,00     \xe2\x82\xac 300,00        75     \xe2\x82\xac 900,00 (esc)
            Total                 \xe2\x82\xac 16.200,00   \xe2\x82\xac 900,00  \xe2\x82\xac 2.712,40  \xe2\x82\xac 12.587,60        22  \xe2\x82\xac 11.900,28 (esc)
  
  Forecast: the year-end spending at the pace so far, at least what is spent and committed. Marks: over (spent + committed above plan), forecast over, near (90% used).
  $ officectl budget report "Facilitair 2027" --month 2027-03 -o md
  # Budget Facilitair 2027 through 2027-03 (amounts excl. VAT)
  
  ## Lines
  
  | id | code | line | planned | committed | spent | remaining | used_pct | forecast | mark |
  | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
  | 1 | 6100 | Kantoorbenodigdheden | \xe2\x82\xac 1.250,01 | \xe2\x82\xac 0,00 | \xe2\x82\xac 812,40 | \xe2\x82\xac 437,61 | 64 | \xe2\x82\xac 3.294,73 |  | (esc)
  | 2 | 6200 | Verhuis | \xe2\x82\xac 2.000,00 | \xe2\x82\xac 0,00 | \xe2\x82\xac 1.900,00 | \xe2\x82\xac 100,00 | 95 | \xe2\x82\xac 7.705,55 | near | (esc)
  | 3 | 6300 | Onderhoud | \xe2\x82\xac 300,00 | \xe2\x82\xac 900,00 | \xe2\x82\xac 0,00 | \xe2\x82\xac -600,00 | 300 | \xe2\x82\xac 900,00 | over | (esc)
  |  |  | Total | \xe2\x82\xac 3.550,01 | \xe2\x82\xac 900,00 | \xe2\x82\xac 2.712,40 | \xe2\x82\xac -62,39 | 101 | \xe2\x82\xac 11.900,28 |  | (esc)
  
  Forecast: the year-end spending at the pace so far, at least what is spent and committed. Marks: over (spent + committed above plan), forecast over, near (90% used).
  $ officectl -o csv budget report "Facilitair 2027"
  id,code,line,planned,committed,spent,remaining,used_pct,forecast,mark
  1,6100,Kantoorbenodigdheden,5000.00,0.00,812.40,4187.60,16,3294.73,
  2,6200,Verhuis,10000.00,0.00,1900.00,8100.00,19,7705.55,
  3,6300,Onderhoud,1200.00,900.00,0.00,300.00,75,900.00,
  $ officectl budget report "Facilitair 2027" --month 2026-12
  officectl: --month: 2026-12 is not in Facilitair 2027's year 2027
  [64]
  $ officectl budget show 1 | tail -6
  Open commitments
  ----------------
  
  id  line  title           vendor     date        amount    vat_pct  status  note
  --  ----  --------------  ---------  ----------  --------  -------  ------  ----
   2     3  Onderhoud lift  Schindler  2027-03-31  \xe2\x82\xac 900,00        0  open (esc)

Quotes: three offers for one request, weighed; the ranking can be checked by hand
(price 0.5, delivery 0.2, quality 0.3: price and delivery as best / value, scores / 5).

  $ officectl budget request add "Nieuwe kopieermachine" --line 6100
  purchase request 1 "Nieuwe kopieermachine": add quotes with `officectl budget quote add 1 --vendor ...`
  $ officectl budget quote add 1 --vendor Ricoh --amount "4.200,00" --vat 21 --delivery 10d --warranty 24m --score quality=4
  new relation #4 Ricoh (add details with `officectl contact edit '#4'`)
  quote 1 for request 1: \xe2\x82\xac 4.200,00 excl. VAT (esc)
  $ officectl budget quote add 1 --vendor Canon --amount "3.800,00" --vat 21 --delivery 4w --score quality=3
  new relation #5 Canon (add details with `officectl contact edit '#5'`)
  quote 2 for request 1: \xe2\x82\xac 3.800,00 excl. VAT (esc)
  $ officectl budget quote add 1 --vendor Konica --amount "5.000,00" --delivery 5
  new relation #6 Konica (add details with `officectl contact edit '#6'`)
  quote 3 for request 1: \xe2\x82\xac 5.000,00 excl. VAT (esc)
  $ officectl budget quote add 1 --vendor Xerox --amount 100 --score quality=9
  officectl: --score: "quality=9": expected criterion=score from 0 to 5
  [65]
  $ officectl budget quote add 1 --vendor Xerox --amount 100 --delivery 2m
  officectl: --delivery: expected days or weeks: 10d, 2w
  [65]
  $ officectl budget quote list 1
  id  vendor  amount      incl_vat    delivery_days  warranty_months  scores     status   conditions
  --  ------  ----------  ----------  -------------  ---------------  ---------  -------  ----------
   1  Ricoh   \xe2\x82\xac 4.200,00  \xe2\x82\xac 5.082,00             10               24  quality=4  offered (esc)
   2  Canon   \xe2\x82\xac 3.800,00  \xe2\x82\xac 4.598,00             28                   quality=3  offered (esc)
   3  Konica  \xe2\x82\xac 5.000,00  \xe2\x82\xac 5.000,00              5                              offered (esc)
  $ officectl budget quote compare 1
  rank  quote  vendor  amount      delivery_x0.2  price_x0.5  quality_x0.3  total
  ----  -----  ------  ----------  -------------  ----------  ------------  -----
     1      1  Ricoh   \xe2\x82\xac 4.200,00            0.1       0.452          0.24  0.792 (esc)
     2      2  Canon   \xe2\x82\xac 3.800,00          0.036         0.5          0.18  0.716 (esc)
     3      3  Konica  \xe2\x82\xac 5.000,00            0.2        0.38                 0.58 (esc)
  $ officectl budget quote compare 1 --weights price=1 -o csv
  rank,quote,vendor,amount,price_x1,total
  1,2,Canon,3800.00,1,1
  2,1,Ricoh,4200.00,0.905,0.905
  3,3,Konica,5000.00,0.76,0.76
  $ officectl budget quote compare 1 --weights price
  officectl: --weights: weight "price": expected criterion=number, such as price=0.5
  [65]
  $ officectl budget quote compare 1 --weights price=0.4,warranty=0.2,bogus=0.4
  officectl: --weights: no quote is scored on "bogus" (these are: delivery, price, quality; score a quote with `budget quote add --score bogus=4`)
  [65]
  $ officectl budget request list
  id  title                  line  created     quotes  status
  --  ---------------------  ----  ----------  ------  ------
   1  Nieuwe kopieermachine     1  2027-03-31       3  open

Accepting a quote makes it a commitment on the request's line; the others are rejected.

  $ officectl budget quote accept 1 --conditions "Levering en installatie binnen 10 werkdagen"
  quote 1 of Ricoh accepted: commitment 3 of \xe2\x82\xac 4.200,00 excl. VAT (esc)
  $ officectl budget quote accept 2
  officectl: request 1 is decided already
  [65]
  $ officectl budget quote list 1 -o csv | cut -d, -f1,2,8,9
  id,vendor,status,conditions
  1,Ricoh,accepted,Levering en installatie binnen 10 werkdagen
  2,Canon,rejected,
  3,Konica,rejected,
  $ officectl budget commitments
  id  line  title                  vendor     date        amount      vat_pct  status  note
  --  ----  ---------------------  ---------  ----------  ----------  -------  ------  ----
   2     3  Onderhoud lift         Schindler  2027-03-31    \xe2\x82\xac 900,00        0  open (esc)
   3     1  Nieuwe kopieermachine  Ricoh      2027-03-31  \xe2\x82\xac 4.200,00       21  open (esc)

The weekly report: lines over or near their plan, orders awaiting an invoice, quotes awaiting a decision.

  $ officectl budget request add "Nieuwe stoelen" --line 6100
  purchase request 2 "Nieuwe stoelen": add quotes with `officectl budget quote add 2 --vendor ...`
  $ officectl -q budget quote add 2 --vendor Lyreco --amount 1500
  4
  $ officectl report weekly | sed -n '/^Budget/,/^Dossiers/p'
  Budget
  ------
  
  Lines over or near their plan (excl. VAT):
  id  code  line                                    planned     committed   spent     remaining  used_pct  forecast    mark
  --  ----  --------------------------------------  ----------  ----------  --------  ---------  --------  ----------  ----
   1  6100  Facilitair 2027 / Kantoorbenodigdheden  \xe2\x82\xac 5.000,00  \xe2\x82\xac 4.200,00  \xe2\x82\xac 812,40   \xe2\x82\xac -12,40       100  \xe2\x82\xac 5.012,40  over (esc)
  
  id  line  title                  vendor     date        amount      vat_pct  status  note
  --  ----  ---------------------  ---------  ----------  ----------  -------  ------  ----
   2     3  Onderhoud lift         Schindler  2027-03-31    \xe2\x82\xac 900,00        0  open (esc)
   3     1  Nieuwe kopieermachine  Ricoh      2027-03-31  \xe2\x82\xac 4.200,00       21  open (esc)
  
  2 commitments awaiting an invoice.
  
  id  title           line  created     quotes  status
  --  --------------  ----  ----------  ------  ------
   2  Nieuwe stoelen     1  2027-03-31       1  open
  
  1 request with quotes awaiting a decision.
  
  Dossiers

Accepting with --contract: also a contract with the vendor, for the amount once,
the conditions as its note and the request's line as its budget line. Its term
comes from --term, --end or the quote's warranty.

  $ officectl budget quote accept 4 --term 12m
  officectl: --start, --term and --end are the contract's: give --contract
  [64]
  $ officectl budget quote accept 4 --contract
  officectl: the contract needs its term: --term 24m or --end DATE (the quote states no warranty)
  [64]
  $ officectl budget request list --all -o csv
  id,title,line,created,quotes,status
  1,Nieuwe kopieermachine,1,2027-03-31,3,decided
  2,Nieuwe stoelen,1,2027-03-31,1,open
  $ officectl budget quote accept 4 --contract --term 2y --conditions "Montage inbegrepen"
  quote 4 of Lyreco accepted: commitment 4 of \xe2\x82\xac 1.500,00 excl. VAT; contract 1 CON-0001 to 2029-03-30 (esc)
  $ officectl contract show 1 | grep -E "^(title|vendor|category|start|end|amount|budget_line|note)"
  title:       Nieuwe stoelen
  vendor:      Lyreco
  category:    purchase
  start:       2027-03-31
  amount:      \xe2\x82\xac 1.500,00 (esc)
  budget_line: 6100
  note:        Montage inbegrepen
