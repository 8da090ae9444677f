Money in two currencies is never added together: a booking in another currency
than its line's is refused, or converted at a rate the user gives
(--exchange-rate); totals are per currency; contract costs and event budgets keep
currencies apart.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2027-03-31
  $ officectl -q budget add "Facilitair 2027" --year 2027
  1
  $ officectl -q budget line add 1 Kantoorbenodigdheden --amount "5.000,00" --code 6100
  1

An amount in dollars on a line in euros: refused, nothing booked.

  $ officectl budget spend 6100 --amount "120 USD" --invoice US-1
  officectl: --amount: 120.00 USD on line 1 "Kantoorbenodigdheden", which counts in EUR: give it in EUR, or the exchange rate with --exchange-rate (EUR for 1 USD)
  [65]
  $ officectl budget commit 6100 "Licenties" --amount "USD 1200"
  officectl: --amount: 1200.00 USD on line 1 "Kantoorbenodigdheden", which counts in EUR: give it in EUR, or the exchange rate with --exchange-rate (EUR for 1 USD)
  [65]
  $ officectl budget spending --line 6100
  id  date  line  vendor  invoice  amount  vat_pct  commitment  note
  --  ----  ----  ------  -------  ------  -------  ----------  ----

With the rate the user gives (euros for one dollar), converted exactly to the cent;
the spending's note keeps what was paid.

  $ officectl budget spend 6100 --amount "120 USD" --exchange-rate 0.92 --invoice US-1
  spent \xe2\x82\xac 110,40 excl. VAT on Kantoorbenodigdheden (120.00 USD at 0.92) (esc)
  $ officectl budget commit 6100 "Licenties" --amount "USD 1200" --exchange-rate 0,9235
  commitment 1 on Kantoorbenodigdheden: \xe2\x82\xac 1.108,20 excl. VAT (1200.00 USD at 0.9235) (esc)
  $ officectl -o csv budget spending --line 6100
  id,date,line,vendor,invoice,amount,vat_pct,commitment,note
  1,2027-03-31,1,,US-1,110.40,0,,120.00 USD at 0.92
  $ officectl budget spend 6100 --amount 45 --exchange-rate 0.92
  officectl: --exchange-rate: the amount is in EUR already, the line's currency
  [64]
  $ officectl budget spend 6100 --amount "45 USD" --exchange-rate nul
  officectl: --exchange-rate: invalid rate "nul": expected a positive number such as 0.9235
  [65]
  $ officectl budget spend 6100 --amount "45 USD" --exchange-rate 0
  officectl: --exchange-rate: invalid rate "0": a rate must be more than 0
  [65]

A line kept in dollars (the office's currency was USD when it was made): an amount
without a currency is in the line's; the budget's totals are one per currency.

  $ printf '[locale]\ncurrency = "USD"\n' > usd.toml
  $ officectl --config usd.toml budget line add 1 Software --amount 2400 --code 6400
  line 2 "Software" in Facilitair 2027: USD 2.400,00 planned
  $ officectl budget spend 6400 --amount 300
  spent USD 300,00 excl. VAT on Software
  $ officectl budget spend 6400 --amount "300 EUR"
  officectl: --amount: 300.00 EUR on line 2 "Software", which counts in USD: give it in USD, or the exchange rate with --exchange-rate (USD for 1 EUR)
  [65]
  $ officectl budget show 1
  Budget Facilitair 2027 on 2027-03-31 (amounts excl. VAT)
  ========================================================
  
  Lines
  -----
  
  id  code  line                  planned       committed   spent       remaining     used_pct  forecast      mark
  --  ----  --------------------  ------------  ----------  ----------  ------------  --------  ------------  ----
   1  6100  Kantoorbenodigdheden    \xe2\x82\xac 5.000,00  \xe2\x82\xac 1.108,20    \xe2\x82\xac 110,40    \xe2\x82\xac 3.781,40        24    \xe2\x82\xac 1.218,60 (esc)
   2  6400  Software              USD 2.400,00    USD 0,00  USD 300,00  USD 2.100,00        12  USD 1.216,66
            Total EUR               \xe2\x82\xac 5.000,00  \xe2\x82\xac 1.108,20    \xe2\x82\xac 110,40    \xe2\x82\xac 3.781,40        24    \xe2\x82\xac 1.218,60 (esc)
            Total USD             USD 2.400,00    USD 0,00  USD 300,00  USD 2.100,00        12  USD 1.216,66
  
  Forecast: the year-end spending at the pace so far, at least what is spent and committed. Marks: over (spent + committed above plan), forecast over, near (90% used).
  
  Open commitments
  ----------------
  
  id  line  title      vendor  date        amount      vat_pct  status  note
  --  ----  ---------  ------  ----------  ----------  -------  ------  ---------------------
   1     1  Licenties          2027-03-31  \xe2\x82\xac 1.108,20        0  open    1200.00 USD at 0.9235 (esc)

An import: a row in another currency than its line refuses the file.

  $ printf 'date,amount,invoice\n2027-03-01,10,A-1\n2027-03-02,12 GBP,A-2\n' > bank.csv
  $ officectl budget import bank.csv --line 6100
  officectl: bank.csv:3: spending of 12.00 GBP on budget line 1 "Kantoorbenodigdheden", which counts in EUR: amounts in two currencies are never added; give it in EUR
  [65]
  $ officectl budget import bank.csv --line 6400 --dry-run
  officectl: bank.csv:3: spending of 12.00 GBP on budget line 2 "Software", which counts in USD: amounts in two currencies are never added; give it in USD
  [65]
  $ officectl -o csv budget spending --budget 1 | cut -d, -f1-6
  id,date,line,vendor,invoice,amount
  1,2027-03-31,1,,US-1,110.40
  2,2027-03-31,2,,,300.00 USD

A trip's leg in dollars on a line in euros: refused.

  $ officectl -q team member add emma --name "Emma Smith"
  emma
  $ officectl -q trip add "Beurs New York" --who emma --line 6100
  1
  $ officectl trip leg add 1 --mode taxi --from JFK --to Manhattan --depart "2027-04-07 13:30 America/New_York" --arrive "2027-04-07 14:30 America/New_York" --cost "80 USD"
  officectl: a commitment of 80.00 USD on budget line 1 "Kantoorbenodigdheden", which counts in EUR: amounts in two currencies are never added; give it in EUR
  [65]
  $ officectl trip leg add 1 --mode taxi --from JFK --to Manhattan --depart "2027-04-07 13:30 America/New_York" --arrive "2027-04-07 14:30 America/New_York" --cost 75
  leg 1: taxi JFK -> Manhattan, 2027-04-07 13:30 America/New_York to 2027-04-07 14:30 America/New_York (1h)

Contract costs per vendor: one row per currency, never one sum.

  $ officectl -q contract add "Onderhoud" --vendor Ricoh --start 2027-01-01 --term 12m --amount 1200 --per year
  1
  $ officectl -q contract add "Cloud printing" --vendor Ricoh --start 2027-01-01 --term 12m --amount "USD 600" --per year
  2
  $ officectl contract costs --year 2027 --by vendor
  vendor  contracts  cost
  ------  ---------  ----------
  Ricoh           1  \xe2\x82\xac 1.200,00 (esc)
  Ricoh           1  USD 600,00

An event's quote and invoice in two currencies are refused; its budget keeps a
total per currency.

  $ officectl -q event add Seminarie --date 2027-05-20
  1
  $ officectl -q event supplier add 1 --role venue --vendor "Hotel Metropole" --quote 3000 --status contracted
  1
  $ officectl -q event supplier add 1 --role speaker --vendor "Jane Doe" --quote "USD 2000" --status contracted
  2
  $ officectl event supplier set 1 --actual "USD 3100"
  officectl: the quote is in EUR and the invoiced amount in USD: give both in one currency
  [65]
  $ officectl event supplier set 1 --actual 3100
  supplier 1 (venue, Hotel Metropole): contracted
  $ officectl event budget 1
  Costs of Seminarie (excl. VAT)
  ==============================
  
  Planned and actual per cost kind
  --------------------------------
  
  kind       planned       actual      difference
  ---------  ------------  ----------  -------------
  speaker    USD 2.000,00    USD 0,00  USD -2.000,00
  venue        \xe2\x82\xac 3.000,00  \xe2\x82\xac 3.100,00       \xe2\x82\xac 100,00 (esc)
  Total USD  USD 2.000,00    USD 0,00  USD -2.000,00
  Total EUR    \xe2\x82\xac 3.000,00  \xe2\x82\xac 3.100,00       \xe2\x82\xac 100,00 (esc)
  
  Planned: the chosen supplier's quote (before a choice, the lowest offer). Actual: what was invoiced.
