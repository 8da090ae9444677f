Spending belongs to its own year's budget and to days already past; line codes
that repeat every year resolve in the year of the day booked; a negative plan
keeps every cent.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2027-01-10
  $ officectl -q team member add an --name "An Peeters"
  an
  $ officectl budget add "Werking 2026" --year 2026 -q
  1
  $ officectl budget add "Werking 2027" --year 2027 -q
  2
  $ officectl budget line add "Werking 2026" Kantoor --amount 1000 --code 6100 -q
  1
  $ officectl budget line add "Werking 2027" Kantoor --amount 1200 --code 6100 -q
  2

The code 6100 is on both years' budgets: the date's year chooses the line.

  $ officectl budget spend 6100 --amount 50 --date 2027-01-05 -q
  1
  $ officectl budget spend 6100 --amount 20 --date 2026-12-20 -q
  2
  $ officectl -o csv budget spending --line 1
  id,date,line,vendor,invoice,amount,vat_pct,commitment,note
  2,2026-12-20,1,,,20.00,0,,
  $ officectl -o csv budget spending --line 2
  id,date,line,vendor,invoice,amount,vat_pct,commitment,note
  1,2027-01-05,2,,,50.00,0,,

BUDGET/LINE takes the line's code as well as its name.

  $ officectl budget spend "Werking 2026/6100" --amount 5 --date 2026-12-21 -q
  3

A day of another year than the line's budget, and a day still to come, are refused; nothing is booked.

  $ officectl budget spend "Werking 2026/6100" --amount 50 --date 2027-01-05
  officectl: spending of 2027-01-05 cannot go on a line of budget "Werking 2026" (2026): book it on that year's budget
  [65]
  $ officectl budget spend 6100 --amount 50 --date 2027-02-01
  officectl: spending is what was paid, and 2027-02-01 is still to come; a promise to pay is a commitment (`officectl budget commit`)
  [65]
  $ officectl budget spend 6100 --amount 50 --date 2025-06-01
  officectl: "6100" names 2 budget lines, none in a budget of 2025 (see `officectl budget list`)
  [66]
  $ officectl -o csv budget show "Werking 2026"
  id,code,line,planned,committed,spent,remaining,used_pct,forecast,mark
  1,6100,Kantoor,1000.00,0.00,25.00,975.00,2,25.00,

A negative plan keeps its cents (-5 planned -4,92, -0,05 planned 0,00).

  $ officectl budget line add "Werking 2027" Correctie --amount -5 --code 6900
  line 3 "Correctie" in Werking 2027: \xe2\x82\xac -5,00 planned (esc)
  $ officectl budget line add "Werking 2027" Klein --amount -0.05 --code 6901
  line 4 "Klein" in Werking 2027: \xe2\x82\xac -0,05 planned (esc)
  $ officectl -o csv budget show "Werking 2027"
  id,code,line,planned,committed,spent,remaining,used_pct,forecast,mark
  2,6100,Kantoor,1200.00,0.00,50.00,1150.00,4,1825.00,forecast over
  3,6900,Correctie,-5.00,0.00,0.00,-5.00,0,0.00,forecast over
  4,6901,Klein,-0.05,0.00,0.00,-0.05,0,0.00,forecast over
