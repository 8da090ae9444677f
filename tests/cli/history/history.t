The audit trail: who, when, which command, and each record before and after.

  $ . "$TESTDIR/../setup.sh"
  $ officectl team member add an --name "An Peeters" >/dev/null
  $ officectl team member add bert --name "Bert Claes" --manager an >/dev/null
  $ officectl team member edit bert --role secretary --hours 19 >/dev/null
  $ officectl team member rm bert >/dev/null
  $ officectl history -o csv | cut -d, -f1,3-7
  id,as_of,user,action,entity,label
  4,2026-12-02,tester,rm,team.member:2,bert
  3,2026-12-02,tester,edit,team.member:2,bert
  2,2026-12-02,tester,add,team.member:2,bert
  1,2026-12-02,tester,add,team.member:1,an
  $ officectl history --entity team.member:2 -o csv | cut -d, -f5,8
  action,changes
  rm,removed
  edit,minutes_per_week: (none) -> 1140; role: (none) -> secretary
  add,added
  $ officectl history --entity team.member:1 -o csv | cut -d, -f9
  command
  officectl team member add an --name 'An Peeters'
  $ officectl -o json history --limit 1 | grep -E '"(action|label|before|handle|minutes_per_week)"'
      "action": "rm",
      "label": "bert",
      "before": {
        "handle": "bert",
        "minutes_per_week": 1140,
  $ officectl history --since tomorrow
  id  at  as_of  user  action  entity  label  changes  command
  --  --  -----  ----  ------  ------  -----  -------  -------
  $ officectl history --entity team.member:x
  officectl: --entity: expected KIND or KIND:ID such as team.member:3, not "team.member:x"
  [64]
  $ officectl history --since 2026-13-01
  officectl: --since: invalid date "2026-13-01": no such day
  [65]
  $ officectl history --until someday
  officectl: --until: invalid date "someday": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]

--since and --until compare the day each change was made for: the day its
command reasoned with (pinned by --as-of or OFFICECTL_TODAY, or the real
today), whatever the machine's clock said.

  $ officectl --as-of 2026-12-07 team member add chloe --name "Chloé Dubois" >/dev/null
  $ officectl --as-of 2026-11-30 team member add dirk --name "Dirk Wouters" >/dev/null
  $ officectl history --since 2026-12-03 -o csv | cut -d, -f3,7
  as_of,label
  2026-12-07,chloe
  $ officectl history --until yesterday -o csv | cut -d, -f3,7
  as_of,label
  2026-11-30,dirk
  $ officectl history --since -1d --until 2026-12-02 -o csv | cut -d, -f3,7
  as_of,label
  2026-12-02,bert
  2026-12-02,bert
  2026-12-02,bert
  2026-12-02,an
  $ officectl --as-of 2026-12-07 history --since today -q
  5

Real wall-clock time is recorded even when the clock is pinned (it is an audit
trail). Here the machine's clock is moved with faketime, and the pinned day stays
(the suite may itself run under faketime: this part sets its own).

  $ unset LD_PRELOAD FAKETIME FAKETIME_SHARED
  $ export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"  # faketime preloads itself before ASan's runtime
  $ TZ=UTC faketime -f '2031-06-15 08:30:00' officectl team member add eva --name "Eva Jacobs" >/dev/null
  $ officectl -o csv history --limit 1 | cut -d, -f2,3,7
  at,as_of,label
  2031-06-15 10:30,2026-12-02,eva
  $ TZ=UTC faketime -f '2024-02-29 23:59:59' officectl --as-of 2027-01-04 team member add fien --name "Fien Jacobs" >/dev/null
  $ officectl -o csv history --limit 1 | cut -d, -f2,3,7
  at,as_of,label
  2024-03-01 00:59,2027-01-04,fien
