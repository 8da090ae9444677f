Tasks: given, listed, done, handed over; the week's workload subtracts leave and appointments.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,role,days,hours\nan,An Peeters,office manager,,38\nbert,Bert Claes,secretary,mon-wed,19\nchloe,Chloé Dubois,receptionist,,\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ officectl team task add "Mailing voorbereiden" --owner bert --due fri --estimate 10h
  task 1 for bert: "Mailing voorbereiden", due 2026-12-04
  $ officectl team task add "Offertes vergelijken" --owner an --due 2026-12-01 --estimate 2h --priority high --origin mail:IN-2026-0001
  task 2 for an: "Offertes vergelijken", due 2026-12-01
  $ officectl team task add "Archief opruimen" --owner chloe --due +1w
  task 3 for chloe: "Archief opruimen", due 2026-12-09
  $ officectl team task list
  id  title                 who    due         priority  estimate  origin             status
  --  --------------------  -----  ----------  --------  --------  -----------------  -------
   2  Offertes vergelijken  an     2026-12-01  high            2h  mail:IN-2026-0001  overdue
   1  Mailing voorbereiden  bert   2026-12-04  normal         10h                     open
   3  Archief opruimen      chloe  2026-12-09  normal                                 open
  $ officectl team task list --overdue
  id  title                 who  due         priority  estimate  origin             status
  --  --------------------  ---  ----------  --------  --------  -----------------  -------
   2  Offertes vergelijken  an   2026-12-01  high            2h  mail:IN-2026-0001  overdue
  $ officectl team task edit 3 --estimate 3h --due fri
  changed task 3: "Archief opruimen" for chloe
  $ officectl -q agenda add "Overleg" --at "2026-12-02 10:00" --for 2h --who bert,chloe
  1
  $ officectl -q absence add chloe --type training --since 2026-12-04
  1
  $ officectl team workload
  who    contract_hours  absent_hours  meeting_hours  available_hours  task_hours  spare_hours  open_tasks  unestimated  overdue
  -----  --------------  ------------  -------------  ---------------  ----------  -----------  ----------  -----------  -------
  bert               19             0              2               17          10            7           1            0        0
  chloe              40             8              2               30           3           27           1            0        0
  an                 38             0              0               38           2           36           1            0        1
  $ officectl team task reassign an --owner chloe
  1 open task of an now with chloe
  $ officectl team task done 1
  done task 1: "Mailing voorbereiden" (bert)
  $ officectl team task done 1
  officectl: task 1 was done on 2026-12-02 already
  [65]
  $ officectl team task list --status all
  id  title                 who    due         priority  estimate  origin             status
  --  --------------------  -----  ----------  --------  --------  -----------------  ---------------
   2  Offertes vergelijken  chloe  2026-12-01  high            2h  mail:IN-2026-0001  overdue
   3  Archief opruimen      chloe  2026-12-04  normal          3h                     open
   1  Mailing voorbereiden  bert   2026-12-04  normal         10h                     done 2026-12-02
  $ officectl team workload --week next-week -o csv
  who,contract_hours,absent_hours,meeting_hours,available_hours,task_hours,spare_hours,open_tasks,unestimated,overdue
  bert,19,0,0,19,0,19,0,0,0
  chloe,40,0,0,40,5,35,2,0,1
  an,38,0,0,38,0,38,0,0,0

Bad input.

  $ officectl team task add "X" --owner zoe
  officectl: no team member "zoe" (see `officectl team member list`)
  [66]
  $ officectl team task add "X" --owner an --priority urgent
  officectl: --priority: "urgent" is not high, normal or low (see `officectl team task add --help`)
  [64]
  $ officectl team task add "X" --owner an --estimate lots
  officectl: --estimate: invalid duration "lots": expected e.g. 45m, 1h30, 2h
  [65]
  $ officectl team task add "X" --owner an --origin IN-2026-0001
  officectl: --origin: expected where it came from as domain:reference, e.g. mail:IN-2026-0012 or agenda:12, not "IN-2026-0001"
  [64]
  $ officectl team task add "X" --owner an --due someday
  officectl: --due: invalid date "someday": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]
  $ officectl team task done 99
  officectl: no task 99 (see `officectl team task list`)
  [66]
  $ officectl team task list --status finished
  officectl: --status: "finished" is not open, done or all (see `officectl team task list --help`)
  [64]
  $ officectl team task reassign an --owner an
  officectl: the tasks are theirs already: give another --owner
  [64]
  $ officectl report weekly | sed -n '/^Tasks/,/^Absence/p'
  Tasks and workload
  ------------------
  
  Overdue tasks:
  who    overdue
  -----  -------
  chloe        1
  
  Nobody has more work than time this week.
  
  Absence
