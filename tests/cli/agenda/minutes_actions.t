Several actions in one call of `agenda minutes`, each with its owner and due day;
a count of --owner or --due that fits neither "one for all" nor "one each" is
refused and nothing is recorded. A series of 0 occurrences is refused, not taken
for a series without end.

  $ . "$TESTDIR/../setup.sh"
  $ officectl -q team member add an --name "An Peeters"
  an
  $ officectl -q team member add bert --name "Bert Claes"
  bert
  $ officectl -q agenda add "Teamoverleg" --at "2026-12-07 09:00" --for 1h --who an,bert
  1
  $ officectl agenda minutes 1 --action "Zaal boeken" --owner an --action "Uitnodigingen sturen" --owner bert --due 2026-12-14
  recorded 0 decisions and 2 actions for 1 "Teamoverleg"
  $ officectl agenda minutes 1 --action "Offertes vragen" --action "Budget nakijken" --owner bert
  recorded 0 decisions and 2 actions for 1 "Teamoverleg"
  $ officectl agenda minutes 1 --action "A" --action "B" --action "C" --owner an --owner bert
  officectl: 2 --owner given for 3 actions: give one for all of them, or one per --action, in the same order
  [64]
  $ officectl agenda minutes 1 --owner an
  officectl: --owner and --due belong to an --action
  [64]
  $ officectl agenda minutes 1
  id  meeting  on  kind    text                  owner  due         state  done
  --  -------  --  ------  --------------------  -----  ----------  -----  ----
   1        1      action  Zaal boeken           an     2026-12-14  open
   2        1      action  Uitnodigingen sturen  bert   2026-12-14  open
   3        1      action  Offertes vragen       bert               open
   4        1      action  Budget nakijken       bert               open
  $ officectl agenda add "Stand-up" --at "2026-12-07 09:30" --for 15m --every day --count 0
  officectl: --count: a series has at least 1 occurrence, not "0" (leave --count out for a series without end)
  [64]
  $ officectl agenda add "Stand-up" --at "2026-12-07 09:30" --for 15m --every day --count -2
  officectl: --count: a series has at least 1 occurrence, not "-2" (leave --count out for a series without end)
  [64]
  $ officectl agenda add "Stand-up" --at "2026-12-07 09:30" --for 15m --count 3
  officectl: --repeat-on, --interval and --count go with --every
  [64]
  $ officectl agenda list --week 2026-W50
  id  day         time         title        owner  who       room  status     repeats
  --  ----------  -----------  -----------  -----  --------  ----  ---------  -------
   1  2026-12-07  09:00-10:00  Teamoverleg  an     an, bert        confirmed
  $ officectl -q agenda add "Stand-up" --at "2026-12-07 09:30" --for 15m --every day --count 2
  2
  $ officectl agenda list --week 2026-W50
  id  day         time         title        owner  who       room  status     repeats
  --  ----------  -----------  -----------  -----  --------  ----  ---------  -------
   1  2026-12-07  09:00-10:00  Teamoverleg  an     an, bert        confirmed
   2  2026-12-07  09:30-09:45  Stand-up                            confirmed  daily
   2  2026-12-08  09:30-09:45  Stand-up                            confirmed  daily
