The weekly report: each domain's section in a fixed order; -o md is what cron mails.

  $ . "$TESTDIR/../setup.sh"
  $ officectl team member add bert --name "Bert Claes" --role secretary --start 2026-12-01 >/dev/null
  $ officectl team member add cas --name "Cas Maes" --start 2026-11-01 --end 2026-12-04 >/dev/null
  $ officectl report weekly
  Weekly report 2026-W49 (2026-11-30 to 2026-12-06)
  =================================================
  
  At a glance
  -----------
  
  Nothing overdue or due this week or next.
  
  Team
  ----
  
  Joining:
  handle  name        role       start
  ------  ----------  ---------  ----------
  bert    Bert Claes  secretary  2026-12-01
  
  Leaving:
  handle  name      role  end
  ------  --------  ----  ----------
  cas     Cas Maes        2026-12-04
  
  Correspondence
  --------------
  
  Nothing registered this week.
  
  No correspondence awaits an answer.
  
  Service notes
  -------------
  
  Every service note is acknowledged and no action is due.
  
  Contracts
  ---------
  
  No notice deadline, term end or obligation in the next 60 days.
  
  Budget
  ------
  
  No budget for 2026.
  
  Dossiers
  --------
  
  No open dossiers.
  
  No retention action due in the next 30 days.
  
  Tasks and workload
  ------------------
  
  No task is overdue.
  
  Nobody has more work than time this week.
  
  Absence
  -------
  
  Nobody is out this week or next.
  
  Balances at 2 days or fewer:
  who   year  entitled  carried  taken  planned  left
  ----  ----  --------  -------  -----  -------  ----
  bert  2026       1.5        0      0        0   1.5
  cas   2026       1.5        0      0        0   1.5
  
  Agenda
  ------
  
  No appointments this week.
  
  Days off
  --------
  
  No public holidays or closing days this week.
  $ officectl report weekly --week 2026-W52 -o md
  # Weekly report 2026-W52 (2026-12-21 to 2026-12-27)
  
  ## At a glance
  
  Nothing overdue or due this week or next.
  
  ## Team
  
  Nobody joins or leaves this week.
  
  ## Correspondence
  
  Nothing registered this week.
  
  No correspondence awaits an answer.
  
  ## Service notes
  
  Every service note is acknowledged and no action is due.
  
  ## Contracts
  
  No notice deadline, term end or obligation in the next 60 days.
  
  ## Budget
  
  No budget for 2026.
  
  ## Dossiers
  
  No open dossiers.
  
  No retention action due in the next 30 days.
  
  ## Tasks and workload
  
  No task is overdue.
  
  Nobody has more work than time this week.
  
  ## Absence
  
  Nobody is out this week or next.
  
  ### Balances at 2 days or fewer
  
  | who | year | entitled | carried | taken | planned | left |
  | --- | ---: | ---: | ---: | ---: | ---: | ---: |
  | bert | 2026 | 1.5 | 0 | 0 | 0 | 1.5 |
  | cas | 2026 | 1.5 | 0 | 0 | 0 | 1.5 |
  
  ## Agenda
  
  No appointments this week.
  
  ## Days off
  
  | date | day | name |
  | --- | --- | --- |
  | 2026-12-25 | Fri | Kerstmis |
  $ officectl report weekly --week 2026-W50
  Weekly report 2026-W50 (2026-12-07 to 2026-12-13)
  =================================================
  
  At a glance
  -----------
  
  Nothing overdue or due this week or next.
  
  Team
  ----
  
  Nobody joins or leaves this week.
  
  Correspondence
  --------------
  
  Nothing registered this week.
  
  No correspondence awaits an answer.
  
  Service notes
  -------------
  
  Every service note is acknowledged and no action is due.
  
  Contracts
  ---------
  
  No notice deadline, term end or obligation in the next 60 days.
  
  Budget
  ------
  
  No budget for 2026.
  
  Dossiers
  --------
  
  No open dossiers.
  
  No retention action due in the next 30 days.
  
  Tasks and workload
  ------------------
  
  No task is overdue.
  
  Nobody has more work than time this week.
  
  Absence
  -------
  
  Nobody is out this week or next.
  
  Balances at 2 days or fewer:
  who   year  entitled  carried  taken  planned  left
  ----  ----  --------  -------  -----  -------  ----
  bert  2026       1.5        0      0        0   1.5
  cas   2026       1.5        0      0        0   1.5
  
  Agenda
  ------
  
  No appointments this week.
  
  Days off
  --------
  
  No public holidays or closing days this week.
  $ officectl --as-of 2026-11-11 report weekly -o json | head -12
  {
    "title": "Weekly report 2026-W46 (2026-11-09 to 2026-11-15)",
    "sections": [
      {
        "title": "At a glance",
        "blocks": [
          {
            "type": "paragraph",
            "text": "Nothing overdue or due this week or next."
          }
        ]
      },
  $ officectl report weekly -o csv
  officectl: a report has several tables and cannot be CSV; use -o md, -o html, -o json or the default text
  [64]
  $ officectl report weekly --week 2026-W60
  officectl: --week: invalid date "2026-W60": 2026 has no week 60
  [65]
  $ officectl report
  officectl: `officectl report` needs a command (see `officectl report --help`)
  [64]
