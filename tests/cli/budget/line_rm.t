Removing a budget line: only one nothing was booked on and nothing is charged to;
a line with bookings stays in the books (its plan set to 0 instead).

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2027-03-31
  $ printf 'handle,name\nan,An Peeters\n' > people.csv
  $ officectl -q team member import people.csv
  1
  $ officectl -q budget add "Facilitair 2027" --year 2027
  1
  $ officectl -q budget line add "Facilitair 2027" Kantoorbenodigdheden --amount "5.000,00" --code 6100
  1
  $ officectl -q budget line add "Facilitair 2027" Verhuis --amount "10.000,00" --code 6200
  2
  $ officectl -q budget line add "Facilitair 2027" Reizen --amount "8.000,00" --code 6500
  3
  $ officectl -q budget line add "Facilitair 2027" Vergissing --amount 100
  4
  $ officectl -q budget commit 6100 "Bestelling 2027-014" --amount 840 --vendor Lyreco 2>/dev/null
  1
  $ officectl -q budget spend 6100 --amount 300 --date 2027-03-01
  1
  $ officectl -q budget spend 6200 --amount 300 --date 2027-03-01
  2
  $ officectl -q trip add "Beurs Parijs" --who an --line 6500
  1

Nothing booked, nothing charged: the line goes, and undo brings it back.

  $ officectl budget line rm "Facilitair 2027/Vergissing"
  removed line 4 "Vergissing"
  $ officectl undo
    restored budget.line:4 Vergissing
  took back change 12 `officectl budget line rm 'Facilitair 2027/Vergissing'`: 1 record
  $ officectl budget line rm 4
  removed line 4 "Vergissing"
  $ officectl -o csv budget show 1 | cut -d, -f1-3
  id,code,line
  1,6100,Kantoorbenodigdheden
  2,6200,Verhuis
  3,6500,Reizen

Refused, with what uses the line and what to do; the lines stay.

  $ officectl budget line rm 6100
  officectl: line 1 "Kantoorbenodigdheden" has 1 commitment and 1 spending entry: what was booked stays in the budget's books; set its plan to nothing with `officectl budget line edit 1 --amount 0` instead
  [65]
  $ officectl budget line rm Verhuis
  officectl: line 2 "Verhuis" has 1 spending entry: what was booked stays in the budget's books; set its plan to nothing with `officectl budget line edit 2 --amount 0` instead
  [65]
  $ officectl budget line rm 6500
  officectl: line 3 "Reizen" is still the budget line of 1 trip (as line); give them another line first
  [65]
  $ officectl budget line rm 9
  officectl: no budget line "9" (see `officectl budget show BUDGET`)
  [66]
  $ officectl -o csv budget show 1 | cut -d, -f1-3
  id,code,line
  1,6100,Kantoorbenodigdheden
  2,6200,Verhuis
  3,6500,Reizen

What the refusal says to do instead:

  $ officectl budget line edit 2 --amount 0
  line 2 "Verhuis" updated: \xe2\x82\xac 0,00 planned (was \xe2\x82\xac 10.000,00) (esc)
