An falls ill: one command hands all of her open work to Bert (team tasks, mail
follow-ups, service-note actions, meetings' decisions and actions) and lists
what moved; work that is done, or someone else's, stays.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\nchloe,Chloé Dubois\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ officectl -q team task add "Offertes vergelijken" --owner an --due 2026-12-01
  1
  $ officectl -q team task add "Archief opruimen" --owner an
  2
  $ officectl -q team task add "Mailing" --owner chloe --due fri
  3
  $ officectl -q team task add "Kerstkaarten" --owner an --due 2026-12-20
  4
  $ officectl -q team task done 4
  4
  $ officectl -q mail log --incoming --from "FOD Financiën" --subject "Aanslagbiljet 2026" --due +10d --owner an
  IN-2026-0001
  $ officectl -q mail log --incoming --from Ricoh --subject "Contract" --due +30d --owner an --confidential
  IN-2026-0002
  $ officectl -q mail note add "Thuiswerk" --recipients team --author chloe --action "Planning aanpassen" --owner an --due +1w
  NOTE-2026-0001
  $ officectl -q agenda add "Teamoverleg" --at "2026-12-01 10:00" --who an,bert
  1
  $ officectl -q agenda minutes 1 --action "Printer laten herstellen" --owner an --due 2026-12-04
  1
  $ officectl -q agenda minutes 1 --action "Verslag rondsturen" --owner bert --due 2026-12-03
  2

A dry run lists, and changes nothing.

  $ officectl team handover an --owner bert --dry-run
  reference       domain  what            due         title
  --------------  ------  --------------  ----------  ------------------------
  task 1          team    task            2026-12-01  Offertes vergelijken
  minute 1        agenda  meeting action  2026-12-04  Printer laten herstellen
  NOTE-2026-0001  mail    note action     2026-12-09  Planning aanpassen
  IN-2026-0001    mail    follow-up       2026-12-12  Aanslagbiljet 2026
  IN-2026-0002    mail    follow-up       2027-01-01  (confidential)
  task 2          team    task                        Archief opruimen
  would hand 6 open items of an to bert
  $ officectl due --who an --within 60d -o csv | wc -l
  6
  $ officectl team handover an --owner bert --dry-run --show-confidential -q -o csv | grep IN-2026-0002
  IN-2026-0002,mail,follow-up,2027-01-01,Contract

Only what is due in the next week: the undated task and later work stay.

  $ officectl team handover an --owner bert --due-before +1w
  reference  domain  what            due         title
  ---------  ------  --------------  ----------  ------------------------
  task 1     team    task            2026-12-01  Offertes vergelijken
  minute 1   agenda  meeting action  2026-12-04  Printer laten herstellen
  handed 2 open items of an to bert
  $ officectl team handover an --owner bert -q
  NOTE-2026-0001
  IN-2026-0001
  IN-2026-0002
  task 2
  $ officectl team task list -o csv
  id,title,who,due,priority,estimate,origin,status
  1,Offertes vergelijken,bert,2026-12-01,normal,,,overdue
  3,Mailing,chloe,2026-12-04,normal,,,open
  2,Archief opruimen,bert,,normal,,,open
  $ officectl due --who an --within 60d
  due  days_left  domain  reference  what  title  who
  ---  ---------  ------  ---------  ----  -----  ---
  $ officectl due --who bert --within 60d -o csv | cut -d, -f1-6
  due,days_left,domain,reference,what,title
  2026-12-01,-1,team,task 1,task,Offertes vergelijken
  2026-12-03,1,agenda,minute 2,meeting action,Verslag rondsturen
  2026-12-04,2,agenda,minute 1,meeting action,Printer laten herstellen
  2026-12-09,7,mail,NOTE-2026-0001,note action,Planning aanpassen
  2026-12-12,10,mail,IN-2026-0001,follow-up,Aanslagbiljet 2026
  2027-01-01,30,mail,IN-2026-0002,follow-up,(confidential)
  $ officectl team handover an --owner bert
  reference  domain  what  due  title
  ---------  ------  ----  ---  -----
  handed 0 open items of an to bert

Undo gives the last handover back in one step.

  $ officectl undo
    reverted team.task:2 Archief opruimen
    reverted mail.item:1 IN-2026-0001
    reverted mail.item:2 IN-2026-0002
    reverted mail.note_action:1 1
  took back change 23 `officectl team handover an --owner bert -q`: 4 records
  $ officectl due --who an --within 60d -o csv | cut -d, -f1-6
  due,days_left,domain,reference,what,title
  2026-12-09,7,mail,NOTE-2026-0001,note action,Planning aanpassen
  2026-12-12,10,mail,IN-2026-0001,follow-up,Aanslagbiljet 2026
  2027-01-01,30,mail,IN-2026-0002,follow-up,(confidential)

Bad input: a clear message, the exit code, nothing moved.

  $ officectl team handover an --owner an
  officectl: the work is an's already: give someone else
  [64]
  $ officectl -q team member add dirk --name "Dirk Maes" --start 2027-03-01
  dirk
  $ officectl team handover an --owner dirk
  officectl: dirk starts on 2027-03-01: hand the work to someone who is here
  [65]
  $ officectl team handover an --owner nobody
  officectl: no team member "nobody"* (glob)
  [66]
  $ officectl team handover an --owner bert --due-before someday
  officectl: --due-before: * (glob)
  [65]
  $ officectl team handover
  officectl: * (glob)
  [64]
