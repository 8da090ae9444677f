Contracts: terms and renewals, notice deadlines on working days, obligations, incidents, costs.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2

A 3-year contract from 2025-01-01, 3 months notice, renewing itself yearly: notice by
the last working day on or before 2027-09-30.

  $ officectl contract add "Onderhoud kopieertoestellen" --vendor Ricoh --category maintenance --start 2025-01-01 --term 36m --notice 3m --renew auto:12m --amount "1.250,00" --per month --owner bert
  new relation #1 Ricoh (add details with `officectl contact edit '#1'`)
  contract 1 "Onderhoud kopieertoestellen" with Ricoh: term ends 2027-12-31, notice by 2027-09-30
  $ officectl contract add "Schoonmaak" --vendor ISS --category service --start 2026-01-01 --end 2026-12-31 --notice 2m --renew manual --amount 24000 --per year
  new relation #2 ISS (add details with `officectl contact edit '#2'`)
  contract 2 "Schoonmaak" with ISS: term ends 2026-12-31, notice by 2026-10-30
  $ officectl contract add "Leasing bestelwagen" --vendor "Athlon" --category vehicle --start 2024-07-01 --end 2027-06-29 --notice 3m --amount 650 --per month
  new relation #3 Athlon (add details with `officectl contact edit '#3'`)
  contract 3 "Leasing bestelwagen" with Athlon: term ends 2027-06-29, notice by 2027-03-26
  $ officectl contract list
  id  title                        vendor  category     term_ends   notice_by   renewal   amount       per    owner  status
  --  ---------------------------  ------  -----------  ----------  ----------  --------  -----------  -----  -----  -------
   3  Leasing bestelwagen          Athlon  vehicle      2027-06-29  2027-03-26  none         \xe2\x82\xac 650,00  month         running (esc)
   1  Onderhoud kopieertoestellen  Ricoh   maintenance  2027-12-31  2027-09-30  auto 12m   \xe2\x82\xac 1.250,00  month  bert   running (esc)
   2  Schoonmaak                   ISS     service      2026-12-31  2026-10-30  manual    \xe2\x82\xac 24.000,00  year          running (esc)
  $ officectl contract show 1
  Contract 1: Onderhoud kopieertoestellen
  =======================================
  
  id:        1
  title:     Onderhoud kopieertoestellen
  vendor:    Ricoh
  category:  maintenance
  start:     2025-01-01
  first_end: 2027-12-31
  notice:    3m
  renewal:   auto 12m
  amount:    \xe2\x82\xac 1.250,00 (esc)
  per:       month
  owner:     bert
  
  Terms
  -----
  
  term  from        to          notice_by   incidents
  ----  ----------  ----------  ----------  ---------
     1  2025-01-01  2027-12-31  2027-09-30          0
     2  2028-01-01  2028-12-31  2028-09-29          0
  $ officectl contract obligation add 3 "Technische keuring" --every 1y --next 2027-03-01 --lead 30d
  obligation 1 on contract 3: "Technische keuring" every 1y, next 2027-03-01
  $ officectl contract incident add 1 "Kopieertoestel 3 dagen defect" --date 2026-11-20 --severity high
  incident 1 on contract 1 "Onderhoud kopieertoestellen": Kopieertoestel 3 dagen defect
  $ officectl contract due --within 1y
  date        days_left  what        contract  title                        vendor  detail
  ----------  ---------  ----------  --------  ---------------------------  ------  --------------------------------------------------------------
  2026-12-31         29  term ends          2  Schoonmaak                   ISS     term 1 ends
  2027-03-01         89  obligation         3  Leasing bestelwagen          Athlon  Technische keuring (#1, every 1y)
  2027-03-26        114  notice             3  Leasing bestelwagen          Athlon  last day to give notice; otherwise term 2 needs a new contract
  2027-06-29        209  term ends          3  Leasing bestelwagen          Athlon  term 1 ends
  2027-09-30        302  notice             1  Onderhoud kopieertoestellen  Ricoh   last day to give notice; otherwise term 2 starts 2028-01-01
  $ officectl contract obligation done 1 --date 2027-02-20
  obligation 1 "Technische keuring" done on 2027-02-20; next 2028-03-01
  $ officectl contract incidents --open
  id  contract  incident                       date        severity  closed
  --  --------  -----------------------------  ----------  --------  ------
   1         1  Kopieertoestel 3 dagen defect  2026-11-20  high
  $ officectl contract incident close 1
  incident 1 closed: Kopieertoestel 3 dagen defect
  $ officectl contract costs --year 2027
  id  title                        vendor  category     cost
  --  ---------------------------  ------  -----------  -----------
   3  Leasing bestelwagen          Athlon  vehicle       \xe2\x82\xac 3.900,00 (esc)
   1  Onderhoud kopieertoestellen  Ricoh   maintenance  \xe2\x82\xac 15.000,00 (esc)
  $ officectl contract costs --year 2027 --by category -o csv
  category,contracts,cost
  maintenance,1,15000.00
  vehicle,1,3900.00
  $ officectl contract end 2 --notice-given 2026-11-28
  contract 2 "Schoonmaak" ends 2026-12-31 (notice given after the deadline 2026-10-30: check the contract)
  $ officectl contract list --all
  id  title                        vendor  category     term_ends   notice_by   renewal   amount       per    owner  status
  --  ---------------------------  ------  -----------  ----------  ----------  --------  -----------  -----  -----  ----------------
   3  Leasing bestelwagen          Athlon  vehicle      2027-06-29  2027-03-26  none         \xe2\x82\xac 650,00  month         running (esc)
   1  Onderhoud kopieertoestellen  Ricoh   maintenance  2027-12-31  2027-09-30  auto 12m   \xe2\x82\xac 1.250,00  month  bert   running (esc)
   2  Schoonmaak                   ISS     service      2026-12-31              manual    \xe2\x82\xac 24.000,00  year          ended 2026-12-31 (esc)
  $ officectl contact show Ricoh | sed -n '/^Contracts/,/^Referred/p'
  Contracts
  ---------
  
  id  title                        vendor  category     term_ends   notice_by   renewal   amount      per    owner  status
  --  ---------------------------  ------  -----------  ----------  ----------  --------  ----------  -----  -----  -------
   1  Onderhoud kopieertoestellen  Ricoh   maintenance  2027-12-31  2027-09-30  auto 12m  \xe2\x82\xac 1.250,00  month  bert   running (esc)
  
  Referred to by
  $ officectl report weekly | sed -n '/^Contracts/,/^Tasks/p'
  Contracts
  ---------
  
  No notice deadline, term end or obligation in the next 60 days.
  
  Budget
  ------
  
  No budget for 2026.
  
  Dossiers
  --------
  
  No open dossiers.
  
  No retention action due in the next 30 days.
  
  Tasks and workload

An empty value clears a field, as in `team member edit`: the category, the
budget line, the owner or the note.

  $ officectl contract edit 1 --note "Sleutel bij het onthaal" --category lease > /dev/null
  $ officectl -o csv contract export | sed -n '/Onderhoud/p' | cut -d, -f2,4,14
  Onderhoud kopieertoestellen,lease,Sleutel bij het onthaal
  $ officectl contract edit 1 --note "" --category ""
  changed contract 1 "Onderhoud kopieertoestellen"
  $ officectl -o csv contract export | sed -n '/Onderhoud/p' | cut -d, -f2,4,14
  Onderhoud kopieertoestellen,,

CSV out and in, idempotent by the office's own reference.

  $ officectl contract edit 1 --reference CT-2025-004
  changed contract 1 "Onderhoud kopieertoestellen"
  $ officectl contract export | head -2
  reference,title,vendor,category,start,end,term,notice,renew,amount,per,budget_line,owner,note
  CON-0003,Leasing bestelwagen,Athlon,vehicle,2024-07-01,2027-06-29,,3m,none,650.00 EUR,month,,,
  $ officectl contract export > contracts.csv
  $ officectl contract import contracts.csv
  imported contracts.csv: added 0, updated 0, unchanged 3
  $ printf 'reference,title,vendor,start,end,notice,amount,per\nCT-2025-004,,,,,6m,,\nCT-2026-001,Drankautomaat,Selecta,2026-03-01,2027-02-28,1m,45,month\n' > more.csv
  $ officectl contract import more.csv --dry-run
  would import more.csv: added 1, updated 1, unchanged 0
  (dry run, not kept) new relation #4 Selecta (add details with `officectl contact edit '#4'`)
  $ officectl contract import more.csv
  imported more.csv: added 1, updated 1, unchanged 0
  new relation #4 Selecta (add details with `officectl contact edit '#4'`)
  $ officectl contract import more.csv
  imported more.csv: added 0, updated 0, unchanged 2
  $ printf 'title,vendor\nX,Y\n' > noref.csv
  $ officectl contract import noref.csv
  officectl: noref.csv:1: the column "reference" is required: it says which contract a row is
  [65]
  $ printf 'reference,title,colour\nCT-9,X,red\n' > colour.csv
  $ officectl contract import colour.csv
  officectl: colour.csv:1: unknown column "colour" (expected reference, title, vendor, category, start, end, term, notice, renew, amount, per, budget_line, owner, note)
  [65]
  $ printf 'reference,title,vendor,start,end\nCT-8,X,Y,2026-01-01,2025-01-01\n' > bad.csv
  $ officectl contract import bad.csv
  officectl: bad.csv:2: the contract ends (2025-01-01) before it starts (2026-01-01)
  [65]
  $ printf 'reference,title,vendor,start,term\nCT-7,X,Y,2026-01-01,1y\nCT-8,X,Y,31/02/2026,1y\n' > baddate.csv
  $ officectl contract import baddate.csv
  officectl: baddate.csv:3: start: invalid date "31/02/2026"* (glob)
  [65]
  $ printf 'reference,per,renew\nCT-2025-004,weekly,manual\n' > badper.csv
  $ officectl contract import badper.csv
  officectl: badper.csv:2: per: "weekly" is not month, quarter, year or once
  [65]
  $ printf 'reference,renew\nCT-2025-004,sometimes\n' > badrenew.csv
  $ officectl contract import badrenew.csv
  officectl: badrenew.csv:2: renew: expected auto:12m, manual or none, not "sometimes"
  [65]
  $ printf 'reference,title,vendor,start,end,term\nCT-7,X,Y,2026-01-01,2026-12-31,12m\n' > both.csv
  $ officectl contract import both.csv
  officectl: both.csv:2: give end or term, not both
  [65]
  $ printf 'reference,title,vendor,start\nCT-7,X,Y,2026-01-01\n' > noend.csv
  $ officectl contract import noend.csv
  officectl: noend.csv:2: a new contract needs its end or its term (end=2027-12-31 or term=36m)
  [65]
  $ printf 'reference,title,vendor,start,term,renew,amount,per\nCT-7,X,Y,2026-01-01,1y,auto:0m,5,MONTH\n' > zero.csv
  $ officectl contract import zero.csv
  officectl: zero.csv:2: renew: "auto:0m" renews for no time: give the new terms' length, auto:12m
  [65]
  $ printf 'reference,title,vendor,start,term,amount\nCT-7,X,Y,2026-01-01,1y,-100\n' > negative.csv
  $ officectl contract import negative.csv
  officectl: negative.csv:2: amount: a cost of 0 or more
  [65]
  $ printf 'reference,title,vendor,start,term\nCT-7,First,Y,2026-01-01,1y\nct-7,Second,Y,2026-01-01,2y\n' > twice.csv
  $ officectl contract import twice.csv
  officectl: twice.csv:3: reference ct-7 is on line 2 already
  [65]
  $ printf 'reference,title,title\nCT-2025-004,A,B\n' > twocols.csv
  $ officectl contract import twocols.csv
  officectl: twocols.csv:1: two columns are called "title" (columns 2 and 3): which one is meant?
  [65]
  $ officectl contract list --all -o csv | grep -c CT-7
  0
  [1]
  $ officectl contract edit 3 --reference CT-2025-004
  officectl: reference CT-2025-004 is contract 1 already ("Onderhoud kopieertoestellen")
  [65]

Bad input: a clear message, the exit code, nothing stored.

  $ officectl contract add "X" --vendor Y --start 2026-01-01 --end 2025-12-31
  officectl: the contract ends (2025-12-31) before it starts (2026-01-01)
  [65]
  $ officectl contract add "X" --vendor Y --start 2026-01-01 --term 3m --notice 6m
  officectl: a notice of 6m is as long as the term or longer (2026-01-01 to 2026-03-31): notice would be due by 2025-09-30, before the contract starts
  [65]
  $ officectl contract add "X" --vendor Y --start 2025-01-01 --term 12m --notice 12m
  officectl: a notice of 12m is as long as the term or longer (2025-01-01 to 2025-12-31): notice would be due by 2024-12-31, before the contract starts
  [65]
  $ officectl contract add "X" --vendor Y --start 2026-01-01 --term 99999m
  officectl: --term: period "99999m" is longer than 100 years: check the number
  [65]
  $ officectl contract add "X" --vendor Y --start 2026-01-01 --term 12m --renew auto:999y
  officectl: --renew: period "999y" is longer than 100 years: check the number
  [65]
  $ officectl contract add "X" --vendor Y --start 2026-01-01 --term 12m --line 9999
  officectl: --line: no budget line "9999" (see `officectl budget show BUDGET`)
  [66]
  $ officectl contract add "X" --vendor Y --start 2026-01-01
  officectl: give the contract's end: --end DATE or --term 36m
  [64]
  $ officectl contract add "X" --vendor Y --start 2026-01-01 --term 1y --renew sometimes
  officectl: --renew: expected auto:12m, manual or none, not "sometimes"
  [65]
  $ officectl contract add "X" --vendor Y --start 2026-01-01 --term 1y --amount lots
  officectl: --amount: invalid amount "lots": expected a number with an optional currency such as EUR
  [65]
  $ officectl contract add "X" --vendor Nobody --strict --start 2026-01-01 --term 1y
  officectl: no relation "Nobody" (add it with `officectl contact add`, or leave out --strict)
  [66]
  $ officectl contract show 9
  officectl: no contract 9 (see `officectl contract list`)
  [66]
  $ officectl contract end 2
  officectl: contract 2 ended on 2026-12-31 already
  [65]
  $ officectl contract obligation add 1 "Keuring" --every 0d --next 2027-01-01
  officectl: --every: a period longer than nothing
  [64]
  $ officectl contact list | grep -c Y
  0
  [1]

A missed notice: entered on 2026-11-30, a contract whose notice was due on
2026-11-27 warns at once, and is the first line of list, due and the weekly report.

  $ export OFFICECTL_TODAY=2026-11-30
  $ officectl contract add "Koffiemachine" --vendor Selecta --start 2025-03-01 --term 12m --notice 3m --renew auto:12m
  officectl: warning: the notice deadline has passed: notice was due by 2026-11-27: renews on 2027-03-01 until 2028-02-29
  contract 5 "Koffiemachine" with Selecta: term ends 2027-02-28, notice by 2026-11-27
  $ officectl -o csv contract list | grep -E "^id|Koffie"
  id,title,vendor,category,term_ends,notice_by,renewal,amount,per,owner,status
  5,Koffiemachine,Selecta,,2027-02-28,2026-11-27,auto 12m,,,,notice missed: renews 2027-03-01
  $ officectl contract due --within 1m | head -3
  date        days_left  what           contract  title          vendor   detail
  ----------  ---------  -------------  --------  -------------  -------  -------------------------------------------------------------------
  2026-11-27         -3  notice missed         5  Koffiemachine  Selecta  notice was due by 2026-11-27: renews on 2027-03-01 until 2028-02-29
  $ officectl due --within 1m | grep -E "^due|missed"
  due         days_left  domain    reference  what           title                                                                                         who
  2026-11-27         -3  contract  CON-0005   notice missed  Koffiemachine (Selecta): notice was due by 2026-11-27: renews on 2027-03-01 until 2028-02-29
  $ officectl report weekly | sed -n '/^Contracts/,/^Budget/p'
  Contracts
  ---------
  
  MISSED: 1 notice deadline passed without notice; those contracts renew themselves (first in the table).
  
  Deadlines in the next 60 days:
  date        days_left  what           contract  title          vendor   detail
  ----------  ---------  -------------  --------  -------------  -------  -------------------------------------------------------------------
  2026-11-27         -3  notice missed         5  Koffiemachine  Selecta  notice was due by 2026-11-27: renews on 2027-03-01 until 2028-02-29
  2027-01-28         59  notice                4  Drankautomaat  Selecta  last day to give notice; otherwise term 2 needs a new contract
  
  Budget

A term as a length ends the day before the same day of the month, or on the
month's last day when it has none:

  $ officectl contract add "Zes maanden" --vendor Y --start 2025-08-31 --term 6m | tail -1
  new relation #5 Y (add details with `officectl contact edit '#5'`)
  contract 6 "Zes maanden" with Y: term ends 2026-02-28
  $ officectl contract add "Zes maanden" --vendor Y --start 2025-09-01 --term 6m | tail -1
  contract 7 "Zes maanden" with Y: term ends 2026-02-28

An import names vendors in full: part of another relation's name ("Athl" in
"Athlon") is a new relation, said, never that relation without a word.

  $ printf 'reference,title,vendor,start,term\nCT-30,Lift,Athl,2026-01-01,1y\nCT-31,Wagen,ATHLON,2026-01-01,1y\n' > vendors.csv
  $ officectl contract import vendors.csv
  imported vendors.csv: added 2, updated 0, unchanged 0
  new relation #* Athl (add details with `officectl contact edit '#*'`) (glob)
  $ officectl contract export | grep "^CT-3" | cut -d, -f1-3
  CT-30,Lift,Athl
  CT-31,Wagen,Athlon
