A weekly meeting meets many times: each meeting has its own agenda, decisions
and actions. Minutes go to the meeting that last began (or the day given with
--on); an agenda item and a print to the next one. Today is Wednesday
2026-12-02; the meeting is on Mondays from 2026-11-23.

  $ . "$TESTDIR/../setup.sh"
  $ officectl -q team member add an --name "An Peeters"
  an
  $ officectl -q agenda add "Teamoverleg" --at "2026-11-23 10:00" --for 1h --who an --every week --count 6
  1

Minutes without --on are the last meeting's (Monday 30/11); with --on, that
day's:

  $ officectl agenda minutes 1 --decision "Kerstfeest op 18/12"
  recorded 1 decision and 0 actions for 1 "Teamoverleg" on 2026-11-30
  $ officectl agenda minutes 1 --on 2026-11-23 --action "Zaal reserveren" --owner an --due 2026-12-04
  recorded 0 decisions and 1 action for 1 "Teamoverleg" on 2026-11-23
  $ officectl agenda minutes 1
  id  meeting  on          kind      text                 owner  due         state  done
  --  -------  ----------  --------  -------------------  -----  ----------  -----  ----
   2        1  2026-11-23  action    Zaal reserveren      an     2026-12-04  open
   1        1  2026-11-30  decision  Kerstfeest op 18/12                     open
  $ officectl -o csv agenda minutes 1 --on 2026-11-30 | cut -d, -f1,3,5
  id,on,text
  1,2026-11-30,Kerstfeest op 18/12

The next meeting's agenda is its own, and its print is an invitation, not the
30/11 minutes again:

  $ officectl agenda item add 1 "Planning januari"
  added item 1 "Planning januari" to the agenda of 1 "Teamoverleg" on 2026-12-07
  $ officectl agenda item add 1 "Jaarverslag" --on 2026-12-14
  added item 1 "Jaarverslag" to the agenda of 1 "Teamoverleg" on 2026-12-14
  $ officectl -o md agenda print 1 | grep -v '^$'
  # Invitation: Teamoverleg
  When: Mon 2026-12-07 10:00-11:00
  Chair: an
  Invited: an
  ## Agenda
  1. Planning januari
  $ officectl -o md agenda print 1 --on 2026-11-30 | grep -v '^$'
  # Minutes: Teamoverleg
  When: Mon 2026-11-30 10:00-11:00
  Chair: an
  Present: an
  ## Agenda
  No agenda items yet.
  ## Decisions
  - Kerstfeest op 18/12
  ## Actions
  None recorded.

A day the series does not meet, and minutes before it first met, are refused;
nothing is written:

  $ officectl agenda minutes 1 --on 2026-12-01 --decision "X"
  officectl: series 1 "Teamoverleg" does not meet on 2026-12-01 (see `officectl agenda list`)
  [66]
  $ officectl --as-of 2026-11-20 agenda minutes 1 --decision "X"
  officectl: series 1 "Teamoverleg" has not met yet: give --on DATE
  [65]
  $ officectl agenda item add 1 "X" --on 2027-02-01
  officectl: series 1 "Teamoverleg" does not meet on 2027-02-01 (see `officectl agenda list`)
  [66]
  $ officectl -q agenda decisions
  2
  1

A one-off meeting is itself; another day names no meeting of it:

  $ officectl -q agenda add "Directie" --at "2026-12-08 14:00" --for 1h --who an
  2
  $ officectl agenda minutes 2 --on 2026-12-09 --decision "X"
  officectl: 2 "Directie" meets once, on 2026-12-08: --on 2026-12-09 names no meeting
  [65]
