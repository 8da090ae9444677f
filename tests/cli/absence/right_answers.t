A half day on a day the person does not work counts nothing: refused, not stored
as "0 days". A year such as 0001 is a typo: refused. Sickness is never refused
by a staffing rule: it is recorded, with a warning.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-12-01
  $ cat > office.toml <<'TOML'
  > [[absence.staffing]]
  > role = "reception"
  > min = 1
  > TOML
  $ export OFFICECTL_CONFIG=$PWD/office.toml
  $ officectl -q team member add bert --name "Bert Claes" --workdays mon-wed --role reception
  bert
  $ officectl absence add bert --type vacation --since 2026-12-04 --half pm
  officectl: --half: 2026-12-04 counts nothing (not a working day for bert): half a day off falls on one of bert's working days
  [65]
  $ officectl absence add bert --type vacation --since 2026-12-05 --half am
  officectl: --half: 2026-12-05 counts nothing (weekend): half a day off falls on one of bert's working days
  [65]
  $ officectl absence add bert --type vacation --since 0001-01-01
  officectl: a leave on 0001-01-01? dates from 1900 to 2199 only: check the year
  [65]
  $ officectl absence list --all
  id  who  type  from  to  half  days  status  note
  --  ---  ----  ----  --  ----  ----  ------  ----
  $ officectl absence add bert --type vacation --since 2026-12-07
  officectl: the leave of bert breaks a staffing rule:
    2026-12-07 Mon: 0 reception present, at least 1 needed (away: bert)
  (--force records it all the same)
  [65]
  $ officectl absence add bert --type sick --since 2026-12-08 --until 2026-12-09
  officectl: warning: recorded (illness is never refused), but it breaks a staffing rule:
    2026-12-08 Tue: 0 reception present, at least 1 needed (away: bert)
    2026-12-09 Wed: 0 reception present, at least 1 needed (away: bert)
  recorded leave 1: bert sick 2026-12-08 to 2026-12-09, 2 days
  $ officectl absence list --all
  id  who   type  from        to          half  days  status    note
  --  ----  ----  ----------  ----------  ----  ----  --------  ----
   1  bert  sick  2026-12-08  2026-12-09           2  approved

The yearly entitlement is pro rata of the months employed in a year someone
joins or leaves (a month counts when they are employed on its 15th): a start on
1 July gives 10 of 20 days, an end on 31 March 5. absence.pro_rata = false gives
the whole year's.

  $ officectl -q team member add dina --name "Dina Maes" --start 2026-07-01
  dina
  $ officectl -q team member add emiel --name "Emiel Claes" --start 2020-01-01 --end 2026-03-31
  emiel
  $ officectl absence balance --year 2026 --who dina
  who   year  entitled  carried  taken  planned  left
  ----  ----  --------  -------  -----  -------  ----
  dina  2026        10        0      0        0    10
  $ officectl absence balance --year 2026 --who emiel
  who    year  entitled  carried  taken  planned  left
  -----  ----  --------  -------  -----  -------  ----
  emiel  2026         5        0      0        0     5
  $ printf '[absence]\npro_rata = false\n' > whole.toml
  $ officectl --config whole.toml absence balance --year 2026 --who dina
  who   year  entitled  carried  taken  planned  left
  ----  ----  --------  -------  -----  -------  ----
  dina  2026        20        0      0        0    20

Leave falls within someone's employment: not before their first day, not after
their last (open sick leave has no end yet to hold against it). Nothing is stored.

  $ officectl absence add emiel --type vacation --since 2026-04-01
  officectl: emiel's last day is 2026-03-31: no leave after that (2026-04-01 to 2026-04-01 asked)
  [65]
  $ officectl absence add emiel --type vacation --since 2026-03-30 --until 2026-04-03
  officectl: emiel's last day is 2026-03-31: no leave after that (2026-03-30 to 2026-04-03 asked)
  [65]
  $ officectl absence add emiel --type sick --since 2019-12-30 --until 2020-01-02
  officectl: emiel starts on 2020-01-01: no leave before that (2019-12-30 asked)
  [65]
  $ officectl -q absence add emiel --type sick --since 2026-03-30 --no-end > /dev/null
  $ officectl absence list --all --who emiel -o csv | cut -d, -f2-5
  who,type,from,to
  emiel,sick,2026-03-30,
