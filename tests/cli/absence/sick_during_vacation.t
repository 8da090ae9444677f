Falling ill during a vacation: the sick days are sick leave, and the vacation
days they cover go back into the balance. Other leave is not cut.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q absence add an --type vacation --since 2026-12-14 --until 2026-12-18
  1
  $ officectl absence balance --who an -o csv
  who,year,entitled,carried,taken,planned,left
  an,2026,20,0,0,5,15

Ill from Tuesday to Wednesday: the vacation is split around the illness.

  $ officectl absence add an --type sick --since 2026-12-15 --until 2026-12-16
  vacation leave 1 (2026-12-14 to 2026-12-18): 2026-12-15 to 2026-12-16 back into an's balance (2 days), sick instead
  recorded leave 3: an sick 2026-12-15 to 2026-12-16, 2 days
  $ officectl absence list --who an -o csv | cut -d, -f1-6
  id,who,type,from,to,half
  1,an,vacation,2026-12-14,2026-12-14,
  3,an,sick,2026-12-15,2026-12-16,
  2,an,vacation,2026-12-17,2026-12-18,
  $ officectl absence balance --who an -o csv
  who,year,entitled,carried,taken,planned,left
  an,2026,20,0,0,3,17

Still ill on Thursday: the sick leave grows, the vacation shrinks again.

  $ officectl absence edit 3 --until 2026-12-17
  vacation leave 2 (2026-12-17 to 2026-12-18): 2026-12-17 back into an's balance (1 day), sick instead
  changed leave 3: an sick 2026-12-15 to 2026-12-17
  $ officectl absence balance --who an -o csv | cut -d, -f6,7
  planned,left
  2,18

Sickness that covers a whole vacation removes it; undo puts it back.

  $ officectl -q absence add bert --type vacation --since 2026-12-21 --until 2026-12-22
  4
  $ officectl absence add bert --type sick --since 2026-12-21 --until 2026-12-23
  vacation leave 4 (2026-12-21 to 2026-12-22): 2026-12-21 to 2026-12-22 back into bert's balance (2 days), sick instead
  recorded leave 4: bert sick 2026-12-21 to 2026-12-23, 3 days
  $ officectl undo -q
  * (glob)
  $ officectl absence list --who bert -o csv | cut -d, -f1-5
  id,who,type,from,to
  4,bert,vacation,2026-12-21,2026-12-22

Leave that does not count against the balance (training) is not cut: the
overlap is refused as before, and nothing changes.

  $ officectl -q absence add bert --type training --since 2027-01-11
  5
  $ officectl absence add bert --type sick --since 2027-01-11
  officectl: bert is already away then: leave 5 (training, 2027-01-11)
  [65]
  $ officectl absence add an --type vacation --since 2026-12-16
  officectl: an is already away then: leave 3 (sick, 2026-12-15 to 2026-12-17)
  [65]
