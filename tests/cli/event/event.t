Company events: a reception whose plan lands on working days, tasks in the
team's list, suppliers, guests whose answers add up to the headcount,
invitations in each guest's language, costs, the debrief kept for next time.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-11-30
  $ printf 'handle,name,role\nan,An Peeters,office manager\nbert,Bert Claes,secretary\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl event add Nieuwjaarsreceptie --date 2027-01-15 --kind reception --owner bert --goal "klanten bedanken" --guests 120 --where "Kasteel van Gaasbeek"
  event 1 "Nieuwjaarsreceptie" on 2027-01-15: 9 tasks planned for bert (see `officectl event plan 1`)

The plan counts back from Friday 15 January: T-14d is New Year's Day, so the
catering is confirmed on 31 December; T-60d has passed already: late.

  $ officectl event plan 1
  Plan of Nieuwjaarsreceptie on 2027-01-15
  ========================================
  
  Backward plan
  -------------
  
  task  due         when   what                                                                  kind       owner  status
  ----  ----------  -----  --------------------------------------------------------------------  ---------  -----  ------
     1  2026-11-16  T-60d  Locatie vastleggen                                                    task       bert   LATE
     7  2026-11-16  T-60d  Formaliteit: Vergunning gemeente aanvragen (evenement, tent, geluid)  formality  bert   LATE
     2  2026-12-01  T-45d  Gastenlijst opstellen                                                 task       bert   open
     3  2026-12-16  T-30d  Uitnodigingen versturen                                               task       bert   open
     8  2026-12-16  T-30d  Formaliteit: Evenementenverzekering afsluiten                         formality  bert   open
     4  2026-12-31  T-14d  Catering bevestigen                                                   task       bert   open
     9  2026-12-31  T-14d  Formaliteit: Muziekrechten aangeven (Unisono)                         formality  bert   open
     5  2027-01-08  T-7d   Aantal gasten doorgeven aan catering                                  task       bert   open
     6  2027-01-13  T-2d   Naamkaartjes en onthaal voorbereiden                                  task       bert   open
  
  9 tasks, 9 open, 2 late. A step that lands on a weekend or holiday is due the working day before.
  $ officectl event task add 1 "Fotograaf boeken" --offset -21d --owner an
  task 10 for an due 2026-12-24
  $ officectl event task add 1 "Parking regelen" --due 2027-01-11
  task 11 for bert due 2027-01-11
  $ officectl event task add 1 "Vergunning" --formality
  officectl: give --due DATE or --at OFFSET
  [64]
  $ officectl event task add 1 "Vergunning" --offset -3m
  officectl: --at: "-3m": expected an offset from the day such as -30d or -2w
  [64]
  $ officectl team task list --who an
  id  title             who  due         priority  estimate  origin   status
  --  ----------------  ---  ----------  --------  --------  -------  ------
  10  Fotograaf boeken  an   2026-12-24  normal              event:1  open
  $ officectl event task done 1
  task 1 "Locatie vastleggen" done
  $ officectl event task done 1
  officectl: task 1 was done on 2026-11-30
  [65]
  $ officectl event task list 1 -o csv | head -3
  task,due,when,what,kind,owner,status
  1,2026-11-16,T-60d,Locatie vastleggen,task,bert,done
  7,2026-11-16,T-60d,"Formaliteit: Vergunning gemeente aanvragen (evenement, tent, geluid)",formality,bert,LATE

Bad input.

  $ officectl event add Receptie --date 2027-02-30
  officectl: --date: invalid date "2027-02-30": no such day
  [65]
  $ officectl event add Receptie --date 2027-02-01 --kind gala
  officectl: --kind: no kind "gala" (reception, seminar; add one as [event.kind.NAME] in config)
  [64]
  $ officectl event add Receptie --date 2027-02-01 --kind reception
  officectl: a reception comes with a plan: whose tasks are they? --owner HANDLE
  [64]
  $ officectl event show 9
  officectl: no event 9 (see `officectl event list`)
  [66]

Suppliers: asked, offered, chosen, contracted; the costs planned against actual.

  $ officectl event supplier add 1 --role catering --vendor "Traiteur Dumont" --quote 4800 --status offered
  new relation #1 Traiteur Dumont (add details with `officectl contact edit '#1'`)
  supplier 1 for catering of "Nieuwjaarsreceptie": offered
  $ officectl event supplier add 1 --role catering --vendor "Traiteur Luc" --quote 5200 --status offered
  new relation #2 Traiteur Luc (add details with `officectl contact edit '#2'`)
  supplier 2 for catering of "Nieuwjaarsreceptie": offered
  $ officectl event supplier add 1 --role sound --vendor "Sono Vanhove" --quote 650
  new relation #3 Sono Vanhove (add details with `officectl contact edit '#3'`)
  supplier 3 for sound of "Nieuwjaarsreceptie": asked
  $ officectl event supplier add 1 --role venue --vendor "Kasteel van Gaasbeek" --status maybe
  officectl: --status: "maybe" is not asked, offered, chosen or contracted (see `officectl event supplier add --help`)
  [64]
  $ officectl event supplier set 1 --status contracted
  supplier 1 (catering, Traiteur Dumont): contracted
  $ officectl event supplier set 1 --actual 5120
  supplier 1 (catering, Traiteur Dumont): contracted
  $ officectl event budget 1
  Costs of Nieuwjaarsreceptie (excl. VAT)
  =======================================
  
  Planned and actual per cost kind
  --------------------------------
  
  kind      planned     actual      difference
  --------  ----------  ----------  ----------
  catering  \xe2\x82\xac 4.800,00  \xe2\x82\xac 5.120,00    \xe2\x82\xac 320,00 (esc)
  sound       \xe2\x82\xac 650,00      \xe2\x82\xac 0,00   \xe2\x82\xac -650,00 (esc)
  Total     \xe2\x82\xac 5.450,00  \xe2\x82\xac 5.120,00   \xe2\x82\xac -330,00 (esc)
  
  Planned: the chosen supplier's quote (before a choice, the lowest offer). Actual: what was invoiced.

Guests from CSV (twice: the second run changes nothing), their answers, the headcount.

  $ cat > gasten.csv <<'CSV'
  > name,email,organisation,language
  > Marie Dubois,Marie.Dubois@ricoh.be,Ricoh Belgium,fr
  > Jan Peeters,jan@client.be,Client NV,nl
  > John Smith,john@acme.com,ACME,en
  > Els Maes,els@partner.be,Partner BV,
  > CSV
  $ officectl event guest import 1 gasten.csv
  imported gasten.csv: added 4, updated 0, unchanged 0
  $ officectl event guest import 1 gasten.csv
  imported gasten.csv: added 0, updated 0, unchanged 4
  $ printf 'name,email\nPiet,piet-at-example\n' | officectl event guest import 1 -
  officectl: stdin:2: "piet-at-example" is no e-mail address
  [65]
  $ officectl event guest rsvp 1 marie.dubois@ricoh.be yes
  Marie Dubois: yes (headcount 1: 1 yes, 0 maybe)
  $ officectl event guest rsvp 1 jan@client.be yes
  Jan Peeters: yes (headcount 2: 2 yes, 0 maybe)
  $ officectl event guest rsvp 1 john@acme.com maybe
  John Smith: maybe (headcount 3: 2 yes, 1 maybe)
  $ officectl event guest rsvp 1 els@partner.be no
  Els Maes: no (headcount 3: 2 yes, 1 maybe)
  $ officectl event guest rsvp 1 nobody@example.be yes
  officectl: no guest nobody@example.be for "Nieuwjaarsreceptie" (see `officectl event guests 1`)
  [66]
  $ officectl event guest rsvp 1 jan@client.be perhaps
  officectl: answer: "perhaps" is not yes, no or maybe (see `officectl event guest rsvp --help`)
  [64]
  $ officectl event guests 1
  id  name          email                  organisation   lang  rsvp
  --  ------------  ---------------------  -------------  ----  -----
   4  Els Maes      els@partner.be         Partner BV     nl    no
   2  Jan Peeters   jan@client.be          Client NV      nl    yes
   3  John Smith    john@acme.com          ACME           en    maybe
   1  Marie Dubois  marie.dubois@ricoh.be  Ricoh Belgium  fr    yes
  4 guests: 2 yes, 1 maybe, 1 no, 0 no answer; headcount 3
  $ officectl event guests 1 --status maybe -o csv
  id,name,email,organisation,lang,rsvp
  3,John Smith,john@acme.com,ACME,en,maybe
  4 guests: 2 yes, 1 maybe, 1 no, 0 no answer; headcount 3

Invitations: mail's invitation template, in each guest's language.

  $ officectl event invite 1 --status all --rsvp 2026-12-31 | head -22
  To: Els Maes <els@partner.be>
  
  Brussel, 30 november 2026
  
  Els Maes
  Partner BV
  
  **Uitnodiging: Nieuwjaarsreceptie**
  
  Geachte mevrouw, geachte heer,
  
  Graag nodigen wij u uit op 15 januari 2027, in Kasteel van Gaasbeek.
  
  Wij vragen u vriendelijk uw aanwezigheid te bevestigen v\xc3\xb3\xc3\xb3r 31 december 2026. (esc)
  
  Met vriendelijke groeten,
  
  Bert Claes
  secretary
  
  To: Jan Peeters <jan@client.be>
  
  $ officectl event invite 1 --status all --dir uitnodigingen
  4 invitations for "Nieuwjaarsreceptie" in uitnodigingen
  $ ls uitnodigingen
  001-marie.dubois.fr.md
  002-jan.nl.md
  003-john.en.md
  004-els.nl.md
  $ grep -h "^\*\*" uitnodigingen/*
  **Invitation : Nieuwjaarsreceptie**
  **Uitnodiging: Nieuwjaarsreceptie**
  **Invitation: Nieuwjaarsreceptie**
  **Uitnodiging: Nieuwjaarsreceptie**

The list, the show, the weekly report.

  $ officectl event list
  id  date        title               kind       owner  open_tasks  late  roles_open  yes  headcount  expected
  --  ----------  ------------------  ---------  -----  ----------  ----  ----------  ---  ---------  --------
   1  2027-01-15  Nieuwjaarsreceptie  reception  bert           10     1           1    2          3       120
  $ officectl event show 1 | sed -n '/^Concept/,/^Backward/p'
  Concept
  -------
  
  date:      2027-01-15
  kind:      reception
  goal:      klanten bedanken
  expected:  120
  where:     Kasteel van Gaasbeek
  owner:     bert
  line:      
  rsvp:      2 yes, 1 maybe, 1 no, 0 no answer
  headcount: 3
  
  Backward plan
  $ officectl report weekly | sed -n '/^Events/,/^Agenda/p' | head -n -1
  Events
  ------
  
  id  date        title               kind       owner  open_tasks  late  roles_open  yes  headcount  expected
  --  ----------  ------------------  ---------  -----  ----------  ----  ----------  ---  ---------  --------
   1  2027-01-15  Nieuwjaarsreceptie  reception  bert           10     1           1    2          3       120
  
  Late for Nieuwjaarsreceptie (2027-01-15):
  task  due         what                                                                  owner
  ----  ----------  --------------------------------------------------------------------  -----
     7  2026-11-16  Formaliteit: Vergunning gemeente aanvragen (evenement, tent, geluid)  bert
  

After the day: the debrief, and its lessons when the next reception is planned.

  $ officectl event debrief 1 --turnout 104
  officectl: Nieuwjaarsreceptie is on 2027-01-15: a debrief comes after the day
  [65]
  $ OFFICECTL_TODAY=2027-01-18 officectl event debrief 1 --turnout 104 --note "geslaagd" --lessons "catering 15 min vroeger laten starten"
  debrief of event 1 "Nieuwjaarsreceptie" kept
  $ OFFICECTL_TODAY=2027-06-01 officectl event add "Nieuwjaarsreceptie 2028" --date 2028-01-14 --kind reception --owner bert
  lessons from Nieuwjaarsreceptie (2027-01-15): catering 15 min vroeger laten starten
  event 2 "Nieuwjaarsreceptie 2028" on 2028-01-14: 9 tasks planned for bert (see `officectl event plan 2`)

Costs on a budget line: a contracted supplier's quote is committed on the
event's line until the invoice comes (`budget spend --commit`); no longer
contracted, the commitment is cancelled.

  $ officectl -q budget add "Communicatie 2027" --year 2027
  1
  $ officectl -q budget line add 1 Evenementen --amount "20.000,00" --code 6400
  1
  $ officectl -q event add Opendeurdag --date 2027-05-08 --line 6400 --owner an
  3
  $ officectl event supplier add 3 --role catering --vendor "Traiteur Dumont" --quote 2400 --status contracted
  supplier 4 for catering of "Opendeurdag": contracted (commitment 1 on the budget line)
  $ officectl event supplier add 3 --role sound --vendor "Sono Vanhove" --quote 650 --status offered
  supplier 5 for sound of "Opendeurdag": offered
  $ officectl event supplier set 5 --status contracted
  supplier 5 (sound, Sono Vanhove): contracted (commitment 2 on the budget line)
  $ officectl event supplier set 5 --status offered
  supplier 5 (sound, Sono Vanhove): offered (commitment 2 cancelled)
  $ officectl budget commitments --all -o csv | cut -d, -f1-4,6,8
  id,line,title,vendor,amount,status
  1,1,Opendeurdag: catering,Traiteur Dumont,2400.00,open
  2,1,Opendeurdag: sound,Sono Vanhove,650.00,cancelled
  $ OFFICECTL_TODAY=2027-05-10 officectl budget spend 6400 --amount 2400 --commit 1 --date 2027-05-10
  spent \xe2\x82\xac 2.400,00 excl. VAT on Evenementen (commitment 1 invoiced) (esc)
