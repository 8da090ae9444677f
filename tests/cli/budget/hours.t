Projects charged to a budget line at an hourly rate, hours logged on them, the
report with their cost, and the check against the hours people worked.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2027-03-17
  $ printf 'handle,name,hours,days\nan,An Peeters,38,\nbert,Bert Claes,19,mon-wed\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q budget add "Facilitair 2027" --year 2027
  1
  $ officectl -q budget line add 1 Verhuis --amount "10.000,00" --code 6200
  1
  $ officectl budget project add "Verhuis 2027" --line 6200 --rate 55 --owner an
  project 1 "Verhuis 2027" at \xe2\x82\xac 55,00 an hour (esc)
  $ officectl budget project add Intern
  project 2 "Intern"
  $ officectl budget project add Intern
  officectl: a project "Intern" exists already
  [65]
  $ officectl budget project add Reizen --line 9999
  officectl: no budget line "9999" (see `officectl budget show BUDGET`)
  [66]
  $ officectl budget project add Reizen --rate veel
  officectl: --rate: invalid amount "veel"* (glob)
  [65]

Logging hours: decimals, clock notation, minutes.

  $ officectl budget hours log bert 3.5 --project "Verhuis 2027" --date 2027-03-08 --note inpakken
  3.5 h by bert on "Verhuis 2027", 2027-03-08 (3.5 h that day)
  $ officectl budget hours log bert 3:30 --project 1 --date 2027-03-10
  3.5 h by bert on "Verhuis 2027", 2027-03-10 (3.5 h that day)
  $ officectl budget hours log an 7,6 --project 1 --date 2027-03-08
  7.6 h by an on "Verhuis 2027", 2027-03-08 (7.6 h that day)
  $ officectl budget hours log an 30m --project Intern --date 2027-03-10
  0.5 h by an on "Intern", 2027-03-10 (0.5 h that day)

Bad input: nothing is logged.

  $ officectl budget hours log an 24 --project Intern --date 2027-03-10
  officectl: an has 0.5 hours on 2027-03-10 already: a day has 24
  [65]
  $ officectl budget hours log an 0 --project Intern
  officectl: hours "0": must be more than nothing
  [65]
  $ officectl budget hours log an veel --project Intern
  officectl: hours "veel": expected hours such as 3.5, 3:30 or 45m
  [65]
  $ officectl budget hours log an 2 --project Intern --date 2027-03-20
  officectl: 2027-03-20 is in the future: log hours once they are worked
  [65]
  $ officectl budget hours log zoe 2 --project Intern
  officectl: no team member "zoe"* (glob)
  [66]
  $ officectl budget hours log an 2 --project Reizen
  officectl: no project "Reizen" (see `officectl budget project list`)
  [66]
  $ officectl budget hours list --in 2027-W10
  id  date        who   project       hours  note
  --  ----------  ----  ------------  -----  --------
   3  2027-03-08  an    Verhuis 2027    7.6
   1  2027-03-08  bert  Verhuis 2027    3.5  inpakken
   4  2027-03-10  an    Intern          0.5
   2  2027-03-10  bert  Verhuis 2027    3.5

An entry on a day of leave is pointed out when logged, and by the check.

  $ officectl absence add bert --type vacation --since 2027-03-09
  recorded leave 1: bert vacation 2027-03-09, 1 day
  $ officectl absence add an --type sick --since 2027-03-11 --until 2027-03-12
  recorded leave 2: an sick 2027-03-11 to 2027-03-12, 2 days
  $ officectl budget hours log bert 1 --project 1 --date 2027-03-09
  bert is on leave on 2027-03-09: is the date right?
  1 h by bert on "Verhuis 2027", 2027-03-09 (1 h that day)

The report: hours and their cost at each project's rate (55 x 15.6 h = 858).

  $ officectl budget hours report --in last-week --by project
  Hours 2027-03-08 to 2027-03-14 by project
  =========================================
  
  Hours
  -----
  
  project       entries  hours  cost      note
  ------------  -------  -----  --------  --------------------
  Intern              1    0.5    \xe2\x82\xac 0,00  hours without a rate (esc)
  Verhuis 2027        4   15.6  \xe2\x82\xac 858,00 (esc)
  Total               5   16.1  \xe2\x82\xac 858,00  hours without a rate (esc)
  
  Cost: the hours at each project's rate.
  $ officectl -o csv budget hours report --in 2027-W10
  who,entries,hours,cost,note
  an,2,8.1,418.00,hours without a rate
  bert,3,8,440.00,
  $ officectl budget hours report --week this-week --month 2026-12
  officectl: give one of --week, --month and --in
  [64]
  $ officectl budget hours report --by team
  officectl: --by: "team" is not person or project (see `officectl budget hours report --help`)
  [64]
  $ officectl budget project list
  id  name          line          rate     owner  hours  cost      closed
  --  ------------  ------------  -------  -----  -----  --------  ------
   2  Intern                                        0.5
   1  Verhuis 2027  6200 Verhuis  \xe2\x82\xac 55,00  an      15.6  \xe2\x82\xac 858,00 (esc)

The check (default: last week): worked is contract hours on working days less
leave. An owes 3 x 7.6 h, Bert 2 x 6.33 h (19 h over Monday to Wednesday, one
day off); exit 65 while hours are missing.

  $ officectl budget hours check
  Hours check 2027-03-08 to 2027-03-14
  ====================================
  
  Logged against worked
  ---------------------
  
  who   worked  logged  missing  over
  ----  ------  ------  -------  ----
  an      22.8     8.1     14.7     0
  bert   12.67       8     4.67     0
  
  Worked: contract hours on working days, less leave (requested or approved). Over: logged beyond that.
  
  Hours logged on a day away or off
  ---------------------------------
  
  id  date        who   project       hours  why
  --  ----------  ----  ------------  -----  --------
   5  2027-03-09  bert  Verhuis 2027      1  vacation
  officectl: 2 with hours missing, 1 entry on a day away or off
  [65]
  $ officectl budget hours rm 5
  removed 1 h by bert on "Verhuis 2027", 2027-03-09
  $ officectl -q budget hours log an 7.6 --project Intern --date 2027-03-09
  5
  $ officectl -q budget hours log an 7,1 --project Intern --date 2027-03-10
  6
  $ officectl -q budget hours log bert 4:40 --project Intern --date 2027-03-10
  7
  $ officectl budget hours check --who an --who bert 2>/dev/null | grep -A3 '^who'
  who   worked  logged  missing  over
  ----  ------  ------  -------  ----
  bert   12.67   11.67        1     0
  an      22.8    22.8        0     0

Who registers hours comes from config; the weekly report shows last week's gaps.

  $ mkdir -p config/officectl && printf '[budget]\ntimesheet = ["bert"]\n' > config/officectl/config.toml
  $ officectl report weekly | sed -n '/^Hours/,/^Dossiers/p' | head -n -1
  Hours
  -----
  
  Not yet logged, 2027-03-08 to 2027-03-14:
  who   worked  logged  missing
  ----  ------  ------  -------
  bert   12.67   11.67        1
  
  $ officectl -q budget hours log bert 1 --project Intern --date 2027-03-08
  8
  $ officectl budget hours check --week 2027-03-10
  Hours check 2027-03-08 to 2027-03-14
  ====================================
  
  Logged against worked
  ---------------------
  
  who   worked  logged  missing  over
  ----  ------  ------  -------  ----
  bert   12.67   12.67        0     0
  
  Worked: contract hours on working days, less leave (requested or approved). Over: logged beyond that.

More hours logged than worked is a finding as much as fewer (a mistake, or
unpaid overtime), and so are hours on a day off or away: a Saturday, a day of
leave.

  $ officectl -q budget hours log bert 9 --project Intern --date 2027-03-09
  9
  $ officectl -q budget hours log bert 4 --project Intern --date 2027-03-13
  10
  $ officectl budget hours check --week 2027-03-10 --who bert
  Hours check 2027-03-08 to 2027-03-14
  ====================================
  
  Logged against worked
  ---------------------
  
  who   worked  logged  missing  over
  ----  ------  ------  -------  ----
  bert   12.67   25.67        0    13
  
  Worked: contract hours on working days, less leave (requested or approved). Over: logged beyond that.
  
  Hours logged on a day away or off
  ---------------------------------
  
  id  date        who   project  hours  why
  --  ----------  ----  -------  -----  --------
   9  2027-03-09  bert  Intern       9  vacation
  10  2027-03-13  bert  Intern       4  weekend
  officectl: 1 with more hours logged than worked, 2 entries on a day away or off
  [65]
  $ officectl -q budget hours rm 9
  9
  $ officectl -q budget hours rm 10
  10

Closing a project: no more hours after its last day.

  $ officectl budget project close Intern --date 2027-03-12
  project 2 "Intern" closed on 2027-03-12
  $ officectl budget hours log an 1 --project Intern
  officectl: project "Intern" was closed on 2027-03-12
  [65]
  $ officectl budget project list
  id  name          line          rate     owner  hours  cost      closed
  --  ------------  ------------  -------  -----  -----  --------  ------
   1  Verhuis 2027  6200 Verhuis  \xe2\x82\xac 55,00  an      14.6  \xe2\x82\xac 803,00 (esc)
  $ officectl budget project edit "Verhuis 2027" --rate 60 --owner ""
  project 1 "Verhuis 2027" updated
  $ officectl -o csv budget project list --all
  id,name,line,rate,owner,hours,cost,closed
  2,Intern,,,,20.87,,2027-03-12
  1,Verhuis 2027,6200 Verhuis,60.00,,14.6,876.00,
