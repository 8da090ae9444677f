Improvement on the store's own figures: indicators with their trend, a
configured query kept read-only, the scan, a finding, a SMART plan (refused
when it is not), actions as team tasks, reviews that adjust with reasons, the
proposal; and the views across domains: due, search, the monthly report.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,role,manager,start\nan,An Peeters,office manager,,2020-01-01\nbert,Bert Claes,secretary,an,2020-01-01\n' > people.csv
  $ officectl -q team member import people.csv
  2

Work from several domains: tasks overdue (most of them bert's), a letter
awaiting an answer, a contract with three incidents in its first term and an
obligation, a leave request, a sick week, a budget line overspent.

  $ officectl -q team task add "Archief ordenen" --owner bert --due 2026-10-15
  1
  $ officectl -q team task add "Sleutels tellen" --owner bert --due 2026-11-20
  2
  $ officectl -q team task add "Offertes vergelijken" --owner bert --due 2026-11-25
  3
  $ officectl -q team task add "Planning januari" --owner an --due 2026-12-10
  4
  $ officectl -q mail log --incoming --channel letter --from "FOD Financiën" --subject "Aanslagbiljet 2026" --date 2026-11-20 --due 2026-11-30 --owner bert
  IN-2026-0001
  $ officectl -q contract add "Onderhoud kopieertoestellen" --vendor "Ricoh Belgium" --start 2026-01-01 --term 12m --notice 3m --renew auto:12m --owner an
  officectl: warning: the notice deadline has passed: notice was due by 2026-09-30: renews on 2027-01-01 until 2027-12-31
  1
  $ for d in 2026-03-02 2026-06-15 2026-10-05; do officectl -q contract incident add 1 "Toestel defect" --date $d; done
  1
  2
  3
  $ officectl -q contract obligation add 1 "Jaarlijkse controle" --every 1y --next 2026-12-12 --lead 1w
  1
  $ officectl -q absence add bert --type vacation --since 2026-12-14 --requested
  1
  $ officectl -q absence add an --type sick --since 2026-11-02 --until 2026-11-06
  2
  $ officectl -q budget add "Facilitair 2026" --year 2026
  1
  $ officectl -q budget line add "Facilitair 2026" Kantoor --amount 1000
  1
  $ officectl -q budget spend Kantoor --amount 1250 --date 2026-10-15 --vendor "Bureau Plus"
  1

The indicators, this month and the three before. The contract's notice
deadline of 30 September passed without notice: it renewed itself. The tasks
were made today, so they were not overdue in November.

  $ officectl improve kpi --months 4 --chart
  kpi                   unit                target  2026-09  2026-10  2026-11  2026-12  status   trend   chart
  --------------------  ------------------  ------  -------  -------  -------  -------  -------  ------  -----
  mail_answer_days      days                <= 5                                        no data
  followups_overdue     items               = 0           0        0        0        1  OFF      worse   \xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x88 (esc)
  notice_missed         contracts           = 0           1        0        0        0  ok       better  \xe2\x96\x88\xe2\x96\x81\xe2\x96\x81\xe2\x96\x81 (esc)
  dossier_completeness  %                   >= 90                                       no data
  retention_overdue     dossiers            = 0           0        0        0        0  ok       steady  \xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84 (esc)
  absence_rate          %                   <= 5          0        0     12.5        0  ok       steady  \xe2\x96\x81\xe2\x96\x81\xe2\x96\x88\xe2\x96\x81 (esc)
  sick_frequency        spells/person/year  <= 1.5        0        0     6.08        0  ok       steady  \xe2\x96\x81\xe2\x96\x81\xe2\x96\x88\xe2\x96\x81 (esc)
  budget_over_plan      lines               = 0           0        1        1        1  OFF      worse   \xe2\x96\x81\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88 (esc)
  tasks_overdue         tasks               <= 5          0        0        0        3  ok       worse   \xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x88 (esc)
  event_tasks_late      tasks               = 0           0        0        0        0  ok       steady  \xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84 (esc)
  decisions_overdue     items               = 0           0        0        0        0  ok       steady  \xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84 (esc)
  $ officectl improve kpi show absence_rate --months 2
  absence_rate: Sickness absence rate
  ===================================
  
  Definition
  ----------
  
  unit:   %
  target: <= 5
  better: lower
  source: built in
  
  Working days of approved sick leave in the period, against the working days of everyone employed in it (each person's own work week, holidays and closing days off).
  
  Values
  ------
  
  period   from        to          value  on_target
  -------  ----------  ----------  -----  ---------
  2026-11  2026-11-01  2026-11-30   12.5  no
  2026-12  2026-12-01  2026-12-31      0  yes
  
  Trend: better (\xe2\x96\x88\xe2\x96\x81) (esc)
  $ officectl improve kpi --period 2026-W49 --count 2 -o csv | cut -d, -f1,4,5,6
  kpi,2026-W48,2026-W49,status
  mail_answer_days,,,no data
  followups_overdue,0,1,OFF
  notice_missed,0,0,ok
  dossier_completeness,,,no data
  retention_overdue,0,0,ok
  absence_rate,0,0,ok
  sick_frequency,0,0,ok
  budget_over_plan,1,1,OFF
  tasks_overdue,0,3,ok
  event_tasks_late,0,0,ok
  decisions_overdue,0,0,ok
  $ officectl improve kpi show nothing
  officectl: no indicator "nothing" (known: mail_answer_days, followups_overdue, notice_missed, dossier_completeness, retention_overdue, absence_rate, sick_frequency, budget_over_plan, tasks_overdue, event_tasks_late, decisions_overdue)
  [66]

A configured indicator: a query per period. One that writes, attaches or reads
a pragma is refused before it runs, and the store is unchanged.

  $ cat > config.toml <<'TOML'
  > [improve.kpi.letters_in]
  > query = "SELECT count(*) FROM mail_item WHERE direction = 'in' AND date BETWEEN :from AND :to"
  > unit = "items"
  > target = "<= 10"
  > [improve.kpi.tasks_overdue]
  > target = "<= 5"
  > TOML
  $ officectl --config config.toml improve kpi --months 2 | grep -E "^kpi|letters_in|tasks_overdue"
  kpi                   unit                target  2026-11  2026-12  status   trend
  tasks_overdue         tasks               <= 5          0        3  ok       worse
  letters_in            items               <= 10         1        0  ok       better
  $ printf '[improve.kpi.wipe]\nquery = "DELETE FROM teamwork_task"\n' > wipe.toml
  $ officectl --config wipe.toml improve kpi
  officectl: wipe.toml:2: improve.kpi.wipe.query: the query may only read: DELETE from teamwork_task refused
  [78]
  $ printf '[improve.kpi.peek]\nquery = "ATTACH DATABASE \x27other.db\x27 AS other"\n' > attach.toml
  $ officectl --config attach.toml improve kpi show peek
  officectl: attach.toml:2: improve.kpi.peek.query: the query may only read: ATTACH refused
  [78]
  $ printf '[improve.kpi.peek]\nquery = "PRAGMA user_version"\n' > pragma.toml
  $ officectl --config pragma.toml improve kpi show peek
  officectl: pragma.toml:2: improve.kpi.peek.query: the query may only read: PRAGMA user_version refused
  [78]
  $ printf '[improve.kpi.peek]\nquery = "SELECT fts3_tokenizer(\x27simple\x27)"\n' > tokenizer.toml
  $ officectl --config tokenizer.toml improve kpi show peek
  officectl: tokenizer.toml:2: improve.kpi.peek.query: the query may only read: the function fts3_tokenizer refused
  [78]
  $ printf '[improve.kpi.big]\nquery = "WITH RECURSIVE d(s, n) AS (SELECT \x27x\x27, 0 UNION ALL SELECT s || s, n + 1 FROM d WHERE n < 40) SELECT max(length(s)) FROM d"\n' > big.toml
  $ officectl --config big.toml improve kpi show big
  officectl: big.toml:2: improve.kpi.big.query: the query built a string or blob longer than 16 MiB (the limit)
  [78]
  $ printf '[improve.kpi.bad]\nquery = "SELECT 1"\ntarget = "five"\n' > target.toml
  $ officectl --config target.toml improve kpi list
  officectl: target.toml:3: improve.kpi.bad.target: invalid target "five": write an operator and a number (< 5, <= 5, >= 0.9, = 0)
  [78]
  $ officectl -o csv team task list --status all | wc -l
  5
  $ test -e other.db || echo "nothing attached"
  nothing attached

The scan proposes findings with their evidence and writes nothing unless told.

  $ officectl improve scan
  finding                                          process         impact  kpi                evidence
  -----------------------------------------------  --------------  ------  -----------------  -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  Follow-ups overdue off target                    correspondence  medium  followups_overdue  followups_overdue is 1 items against a target of = 0 (2026-07 0, 2026-08 0, 2026-09 0, 2026-10 0, 2026-11 0, 2026-12 1; trend worse)
  Ricoh Belgium: 3 incidents in one contract term  contracts       medium                     3 incidents with Ricoh Belgium on "Onderhoud kopieertoestellen" in term 1: 2026-03-02 Toestel defect (normal); 2026-06-15 Toestel defect (normal); 2026-10-05 Toestel defect (normal)
  Facilitair 2026: line Kantoor over plan          purchasing      high    budget_over_plan   spent 1250.00 and committed 0.00 EUR by 2026-12-02, against a plan of 1000.00 for the year
  One person holds most overdue tasks              follow-up       medium                     bert holds 3 of the 3 overdue tasks (100%): bert 3
  4 finding(s) proposed; nothing written (--record stores them)
  $ officectl improve finding list
  id  found  title  process  impact  kpi  status  plans
  --  -----  -----  -------  ------  ---  ------  -----
  $ officectl improve scan --record
  recorded 4 finding(s)
  $ officectl improve scan --record
  recorded 0 finding(s), 4 recorded before
  $ officectl improve finding list
  id  found       title                                            process         impact  kpi                status  plans
  --  ----------  -----------------------------------------------  --------------  ------  -----------------  ------  -----
   1  2026-12-02  Follow-ups overdue off target                    correspondence  medium  followups_overdue  open        0
   2  2026-12-02  Ricoh Belgium: 3 incidents in one contract term  contracts       medium                     open        0
   3  2026-12-02  Facilitair 2026: line Kantoor over plan          purchasing      high    budget_over_plan   open        0
   4  2026-12-02  One person holds most overdue tasks              follow-up       medium                     open        0

A finding of our own, and a plan for it. SMART is checked: a plan without a
target and a deadline is refused with both named, and nothing is stored.

  $ officectl improve finding add "Taken blijven liggen" --process opvolging --impact high --kpi tasks_overdue --evidence "3 taken te laat, alle van bert"
  finding 5 "Taken blijven liggen"
  $ officectl improve finding add "Iets" --impact huge
  officectl: --impact: "huge" is not low, medium or high (see `officectl improve finding add --help`)
  [64]
  $ officectl improve plan add 5 "Achterstand wegwerken" --indicator tasks_overdue --owner an
  officectl: the plan is not SMART: it lacks a target (--target); a deadline (--by) (or store it incomplete with --draft)
  [65]
  $ officectl improve plan list
  id  finding  title  type  indicator  baseline  target  by  owner  status
  --  -------  -----  ----  ---------  --------  ------  --  -----  ------
  $ officectl improve plan add 5 "Achterstand wegwerken" --indicator tasks_overdue --target 0 --due 2027-02-28 --owner an --type corrective --cost 300 --effect "geen taak meer dan een week te laat"
  baseline 3 measured now (tasks_overdue)
  plan 1 "Achterstand wegwerken" for finding 5
  $ officectl improve plan add 5 "Takenbord invoeren" --indicator tasks_overdue --owner bert --draft
  baseline 3 measured now (tasks_overdue)
  plan 2 "Takenbord invoeren" for finding 5 (draft: not SMART yet, see `improve plan show`)
  $ officectl improve plan add 5 "Te laat" --indicator tasks_overdue --target 0 --due 2026-11-01 --owner an
  officectl: the plan is not SMART: it lacks a deadline that lies ahead (--by 2026-11-01 has passed) (or store it incomplete with --draft)
  [65]

Actions are team tasks; a review keeps every adjustment with its reason.

  $ officectl improve action add 1 "Wekelijkse takenronde" --owner bert --due 2026-12-09
  action (task 5) "Wekelijkse takenronde" for bert on plan 1
  $ officectl team task list --who bert | grep improve
   5  Wekelijkse takenronde  bert  2026-12-09  normal              improve:1  open
  $ officectl improve review 1 --note "directie vraagt meer tijd" --adjust by=2027-03-31
  plan 1 reviewed (tasks_overdue now 3); by 2027-02-28 -> 2027-03-31
  $ officectl improve review 2 --note "doel afgesproken" --adjust target=1
  plan 2 reviewed (tasks_overdue now 3); target (none) -> 1
  $ officectl improve review 1 --note "x" --adjust colour=red
  officectl: --adjust "colour=red": write FIELD=VALUE, FIELD one of target, by, baseline, owner, indicator
  [64]
  $ officectl improve action done 5
  action 5 "Wekelijkse takenronde" done (plan 1)
  $ officectl improve action done 5
  officectl: action 5 was done on 2026-12-02
  [65]
  $ officectl improve action done 1
  officectl: task 1 is no action of a plan (see `officectl improve plan show`)
  [66]
  $ officectl improve plan show 1
  Plan 1: Achterstand wegwerken
  =============================
  
  Plan
  ----
  
  finding: 5: Taken blijven liggen
  type:    corrective
  owner:   an
  status:  open
  created: 2026-12-02
  cost:    \xe2\x82\xac 300,00 (esc)
  effect:  geen taak meer dan een week te laat
  
  Progress
  --------
  
  indicator: tasks_overdue
  baseline:  3
  now:       3
  target:    0
  progress:  0%
  by:        2027-03-31
  days_left: 119
  
  Actions
  -------
  
  task  action                 owner  due         done        state
  ----  ---------------------  -----  ----------  ----------  -----
     5  Wekelijkse takenronde  bert   2026-12-09  2026-12-02  done
  
  Reviews and adjustments
  -----------------------
  
  date        note                       changed  from        to          measured
  ----------  -------------------------  -------  ----------  ----------  --------
  2026-12-02  directie vraagt meer tijd  by       2027-02-28  2027-03-31         3
  $ officectl improve proposal 1 -o md
  # Proposal: Achterstand wegwerken
  
  ## Problem
  
  Taken blijven liggen in opvolging (impact high; found 2026-12-02).
  
  ## Evidence
  
  3 taken te laat, alle van bert
  
  Tasks overdue (tasks_overdue) measures it: now 3 tasks, standing target <= 5.
  
  ## Plan
  
  A corrective plan, owned by an: bring tasks_overdue from 3 to 0 by 2027-03-31.
  
  | task | action | owner | due | done | state |
  | ---: | --- | --- | --- | --- | --- |
  | 5 | Wekelijkse takenronde | bert | 2026-12-09 | 2026-12-02 | done |
  
  ## Expected effect
  
  geen taak meer dan een week te laat
  
  ## Cost
  
  - **cost**: \xe2\x82\xac 300,00 (esc)
  $ officectl improve plan list
  id  finding  title                  type         indicator      baseline  target  by          owner  status
  --  -------  ---------------------  -----------  -------------  --------  ------  ----------  -----  ------------------
   1        5  Achterstand wegwerken  corrective   tasks_overdue         3       0  2027-03-31  an     open
   2        5  Takenbord invoeren     improvement  tasks_overdue         3       1              bert   draft (incomplete)

Everything due in the next two weeks, across domains, overdue first; and one
person's share.

  $ officectl due
  due         days_left  domain    reference     what           title                                                                                                             who
  ----------  ---------  --------  ------------  -------------  ----------------------------------------------------------------------------------------------------------------  ----
  2026-09-30        -63  contract  CON-0001      notice missed  Onderhoud kopieertoestellen (Ricoh Belgium): notice was due by 2026-09-30: renews on 2027-01-01 until 2027-12-31  an
  2026-10-15        -48  team      task 1        task           Archief ordenen                                                                                                   bert
  2026-11-20        -12  team      task 2        task           Sleutels tellen                                                                                                   bert
  2026-11-25         -7  team      task 3        task           Offertes vergelijken                                                                                              bert
  2026-11-30         -2  mail      IN-2026-0001  follow-up      Aanslagbiljet 2026                                                                                                bert
  2026-12-02          0  team      an            interview      evaluation interview of an                                                                                        an
  2026-12-02          0  team      an            interview      functioning interview of an                                                                                       an
  2026-12-02          0  team      an            interview      planning interview of an                                                                                          an
  2026-12-02          0  team      bert          interview      evaluation interview of bert                                                                                      bert
  2026-12-02          0  team      bert          interview      functioning interview of bert                                                                                     bert
  2026-12-02          0  team      bert          interview      planning interview of bert                                                                                        bert
  2026-12-10          8  team      task 4        task           Planning januari                                                                                                  an
  2026-12-12         10  contract  CON-0001      obligation     Onderhoud kopieertoestellen (Ricoh Belgium): Jaarlijkse controle (#1, every 1y)                                   an
  2026-12-14         12  absence   leave 1       leave request  bert vacation 2026-12-14..2026-12-14                                                                              an
  $ officectl due --within 1m --who an
  due         days_left  domain    reference  what           title                                                                                                             who
  ----------  ---------  --------  ---------  -------------  ----------------------------------------------------------------------------------------------------------------  ---
  2026-09-30        -63  contract  CON-0001   notice missed  Onderhoud kopieertoestellen (Ricoh Belgium): notice was due by 2026-09-30: renews on 2027-01-01 until 2027-12-31  an
  2026-12-02          0  team      an         interview      evaluation interview of an                                                                                        an
  2026-12-02          0  team      an         interview      functioning interview of an                                                                                       an
  2026-12-02          0  team      an         interview      planning interview of an                                                                                          an
  2026-12-10          8  team      task 4     task           Planning januari                                                                                                  an
  2026-12-12         10  contract  CON-0001   obligation     Onderhoud kopieertoestellen (Ricoh Belgium): Jaarlijkse controle (#1, every 1y)                                   an
  2026-12-14         12  absence   leave 1    leave request  bert vacation 2026-12-14..2026-12-14                                                                              an
  2026-12-31         29  contract  CON-0001   term ends      Onderhoud kopieertoestellen (Ricoh Belgium): term 1 ends, renews itself                                           an
  $ officectl due --within soon
  officectl: --within: invalid period "soon": expected a number and d, w, m or y, e.g. 3m
  [65]
  $ officectl due --who nobody
  officectl: no team member "nobody" (see `officectl team member list`)
  [66]

One search across domains.

  $ officectl search ricoh
  domain    reference  date        title                                            snippet
  --------  ---------  ----------  -----------------------------------------------  ----------------------------------------------
  contract  CON-0001   2026-01-01  Onderhoud kopieertoestellen                      Ricoh Belgium
  contact   contact 2              Ricoh Belgium                                    Ricoh Belgium
  improve   finding 2  2026-12-02  Ricoh Belgium: 3 incidents in one contract term  Ricoh Belgium: 3 incidents in one contract te\xe2\x80\xa6 (esc)
  $ officectl search takenronde
  domain  reference  date        title                  snippet
  ------  ---------  ----------  ---------------------  ---------------------
  team    task 5     2026-12-09  Wekelijkse takenronde  Wekelijkse takenronde
  $ officectl search ""
  officectl: search for what? officectl search "text"
  [64]

The monthly report: indicators and trend, plans, what falls due.

  $ officectl report monthly --month 2026-11 -o md
  # Monthly report 2026-11 (2026-11-01 to 2026-11-30)
  
  ## Indicators
  
  | kpi | unit | target | 2026-06 | 2026-07 | 2026-08 | 2026-09 | 2026-10 | 2026-11 | status | trend | chart |
  | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |
  | mail_answer_days | days | <= 5 |  |  |  |  |  |  | no data |  |        |
  | followups_overdue | items | = 0 | 0 | 0 | 0 | 0 | 0 | 0 | ok | steady | \xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84 | (esc)
  | notice_missed | contracts | = 0 | 0 | 0 | 0 | 1 | 0 | 0 | ok | steady | \xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x88\xe2\x96\x81\xe2\x96\x81 | (esc)
  | dossier_completeness | % | >= 90 |  |  |  |  |  |  | no data |  |        |
  | retention_overdue | dossiers | = 0 | 0 | 0 | 0 | 0 | 0 | 0 | ok | steady | \xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84 | (esc)
  | absence_rate | % | <= 5 | 0 | 0 | 0 | 0 | 0 | 12.5 | OFF | worse | \xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x88 | (esc)
  | sick_frequency | spells/person/year | <= 1.5 | 0 | 0 | 0 | 0 | 0 | 6.08 | OFF | worse | \xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x88 | (esc)
  | budget_over_plan | lines | = 0 | 0 | 0 | 0 | 0 | 1 | 1 | OFF | worse | \xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x88\xe2\x96\x88 | (esc)
  | tasks_overdue | tasks | <= 5 | 0 | 0 | 0 | 0 | 0 | 0 | ok | steady | \xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84 | (esc)
  | event_tasks_late | tasks | = 0 | 0 | 0 | 0 | 0 | 0 | 0 | ok | steady | \xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84 | (esc)
  | decisions_overdue | items | = 0 | 0 | 0 | 0 | 0 | 0 | 0 | ok | steady | \xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84\xe2\x96\x84 | (esc)
  
  Off target: absence_rate 12.5 % (target <= 5); sick_frequency 6.08 spells/person/year (target <= 1.5); budget_over_plan 1 lines (target = 0).
  
  ## Improvement
  
  ### Open plans
  
  | plan | title | owner | indicator | baseline | now | target | progress | by | actions_open | actions_overdue |
  | ---: | --- | --- | --- | ---: | ---: | ---: | --- | --- | ---: | ---: |
  | 1 | Achterstand wegwerken | an | tasks_overdue | 3 | 3 | 0 | 0% | 2027-03-31 | 0 | 0 |
  | 2 | Takenbord invoeren (draft) | bert | tasks_overdue | 3 | 3 | 1 | 0% |  | 0 | 0 |
  
  4 finding(s) without a plan: see `officectl improve finding list --status open`.
  
  ## Due
  
  | domain | overdue | due_next_month |
  | --- | ---: | ---: |
  | absence | 0 | 1 |
  | contract | 1 | 2 |
  | mail | 1 | 0 |
  | team | 3 | 7 |
  
  The items: officectl due --within 60d
  $ officectl report monthly --month never
  officectl: --month: invalid date "never": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]

Closing the last plan solves the finding.

  $ officectl improve plan close 2
  plan 2 closed; finding 5 is planned
  $ officectl improve plan close 1
  plan 1 closed; finding 5 is solved
  $ officectl improve plan close 1
  officectl: plan 1 was closed on 2026-12-02
  [65]
