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

Real wall-clock time is recorded even when the clock is pinned (it is an audit trail).

  $ officectl -o json history --limit 1 | grep '"at"' | grep -vc '"2026-12-02T00:00'
  1
