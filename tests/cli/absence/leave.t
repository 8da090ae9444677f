Leave: recorded, counted on working days, requested and decided, refused when it overlaps.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,role,days\nan,An Peeters,office manager,\nbert,Bert Claes,secretary,mon-wed\nchloe,Chloé Dubois,secretary,\n' > people.csv
  $ officectl -q team member import people.csv
  3

Christmas and New Year for a full-time person: 8 days (25/12 and 1/1 are holidays);
a mon-wed part-timer's week: 3.

  $ officectl absence add an --type vacation --since 2026-12-21 --until 2027-01-01
  recorded leave 1: an vacation 2026-12-21 to 2027-01-01, 8 days
  $ officectl absence add bert --type vacation --since 2026-12-21 --until 2026-12-27
  recorded leave 2: bert vacation 2026-12-21 to 2026-12-27, 3 days
  $ officectl absence days an --since 2026-12-21 --until 2027-01-01
  an from 2026-12-21 to 2027-01-01: 8 days
  date        day  counts  why
  ----------  ---  ------  -----------
  2026-12-21  Mon       1  working day
  2026-12-22  Tue       1  working day
  2026-12-23  Wed       1  working day
  2026-12-24  Thu       1  working day
  2026-12-25  Fri       0  Kerstmis
  2026-12-26  Sat       0  weekend
  2026-12-27  Sun       0  weekend
  2026-12-28  Mon       1  working day
  2026-12-29  Tue       1  working day
  2026-12-30  Wed       1  working day
  2026-12-31  Thu       1  working day
  2027-01-01  Fri       0  Nieuwjaar
  $ officectl absence add an --type sick --since 2027-03-29 --until 2027-04-02 --note "griep"
  recorded leave 3: an sick 2027-03-29 to 2027-04-02, 4 days
  $ officectl absence add chloe --type vacation --since 2026-12-04 --half pm --requested
  requested leave 4: chloe vacation 2026-12-04 (afternoon), 0.5 day
  $ officectl absence list
  id  who    type      from        to          half  days  status     note
  --  -----  --------  ----------  ----------  ----  ----  ---------  --------------
   4  chloe  vacation  2026-12-04  2026-12-04  pm     0.5  requested
   1  an     vacation  2026-12-21  2027-01-01           8  approved
   2  bert   vacation  2026-12-21  2026-12-27           3  approved
   3  an     sick      2027-03-29  2027-04-02           4  approved   (confidential)
  $ officectl absence show 3
  Leave 3: an sick
  ================
  
  id:     3
  who:    an
  type:   sick
  from:   2027-03-29
  to:     2027-04-02
  days:   4
  status: approved
  note:   (confidential)
  
  Days
  ----
  
  date        day  counts  why
  ----------  ---  ------  -----------
  2027-03-29  Mon       0  Paasmaandag
  2027-03-30  Tue       1  working day
  2027-03-31  Wed       1  working day
  2027-04-01  Thu       1  working day
  2027-04-02  Fri       1  working day

Requests are approved or rejected, once.

  $ officectl absence approve 4
  approved leave 4: chloe vacation 2026-12-04 (afternoon)
  $ officectl absence approve 4
  officectl: leave 4 is approved, not requested
  [65]
  $ officectl absence add chloe --type vacation --since 2027-02-15 --until 2027-02-19 --requested
  requested leave 5: chloe vacation 2027-02-15 to 2027-02-19, 5 days
  $ officectl absence reject 5 --why "Jaarafsluiting"
  rejected leave 5: chloe vacation 2027-02-15 to 2027-02-19
  $ officectl absence list --status rejected
  id  who    type      from        to          half  days  status    note
  --  -----  --------  ----------  ----------  ----  ----  --------  ----
   5  chloe  vacation  2027-02-15  2027-02-19           5  rejected
  $ officectl absence edit 3 --until 2027-04-05
  changed leave 3: an sick 2027-03-29 to 2027-04-05
  $ officectl absence edit 3 --type funday
  officectl: --type: unknown leave type "funday" (expected vacation, sick, training, unpaid, parental, time-credit, other)
  [65]
  $ officectl absence rm 5
  deleted leave 5: chloe vacation 2027-02-15 to 2027-02-19

Bad input: a clear message, the exit code, nothing stored.

  $ officectl absence add zoe --type vacation --since 2026-12-01
  officectl: no team member "zoe" (see `officectl team member list`)
  [66]
  $ officectl absence add an --type funday --since 2026-12-01
  officectl: --type: unknown leave type "funday" (expected vacation, sick, training, unpaid, parental, time-credit, other)
  [65]
  $ officectl absence add an --type vacation --since 2026-12-10 --until 2026-12-01
  officectl: the leave ends (2026-12-01) before it starts (2026-12-10)
  [65]
  $ officectl absence add an --type vacation --since 2026-12-31 --until 2027-01-04
  officectl: an is already away then: leave 1 (vacation, 2026-12-21 to 2027-01-01)
  [65]
  $ officectl absence add an --type vacation --since 2026-12-07 --until 2026-12-08 --half am
  officectl: --half is for a leave of one day (--since and --until the same day)
  [65]
  $ officectl absence add an --type vacation --since 2026-12-07 --half noon
  officectl: --half: "noon" is not am or pm (see `officectl absence add --help`)
  [64]
  $ officectl absence add an --type vacation --since someday
  officectl: --since: invalid date "someday": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]
  $ officectl absence show x
  officectl: "x" is no leave number (see `officectl absence list`)
  [64]
  $ officectl absence show 99
  officectl: no leave 99 (see `officectl absence list`)
  [66]
  $ officectl absence reject 1
  officectl: --why is required (see `officectl absence reject --help`)
  [64]
  $ officectl -q absence list --all | wc -l
  4

The configuration is checked: a bad staffing rule or leave type names the file and line (exit 78).

  $ mkdir -p config/officectl
  $ printf '[[absence.staffing]]\nrole = "secretary"\nmin = 0\n' > config/officectl/config.toml
  $ officectl absence list 2>&1 | sed "s|$PWD|.|"; echo "exit ${PIPESTATUS[0]}"
  officectl: ./config/officectl/config.toml:1: absence.staffing secretary: min is a number of at least 1
  exit 78
  $ printf '[[absence.type]]\nname = "vacation"\nunit = "weeks"\n' > config/officectl/config.toml
  $ officectl absence list 2>&1 | sed "s|$PWD|.|"; echo "exit ${PIPESTATUS[0]}"
  officectl: ./config/officectl/config.toml:1: absence.type vacation: unit is day, half or hours
  exit 78
  $ printf '[[absence.type]]\nname = "vacation"\nunit = "day"\ncounts = true\n' > config/officectl/config.toml
  $ officectl absence add chloe --type vacation --since 2026-12-07 --half am
  officectl: --half: vacation is taken in whole days (absence.type unit)
  [65]
  $ officectl absence add chloe --type sick --since 2026-12-07
  officectl: --type: unknown leave type "sick" (expected vacation)
  [65]
