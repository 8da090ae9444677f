Balances, the month calendar, who is out, staffing rules, the agenda, payroll and iCalendar.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,role,days,email\nan,An Peeters,office manager,,an@office.be\nbert,Bert Claes,secretary,mon-wed,\nchloe,Chloé Dubois,secretary,,\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ mkdir -p config/officectl
  $ printf '[absence]\nentitlement = 20\ncarry_over = 5\n\n[[absence.staffing]]\nrole = "secretary"\nmin = 1\n' > config/officectl/config.toml
  $ officectl -q absence add an --type vacation --since 2026-12-21 --until 2027-01-01
  1
  $ officectl -q absence add bert --type vacation --since 2026-12-21 --until 2026-12-23
  2
  $ officectl -q absence add chloe --type training --since 2026-12-04 --half pm
  3

Balances: entitled (pro rata for part-time), carried over from a year the store followed, taken, planned, left.

  $ officectl absence balance
  who    year  entitled  carried  taken  planned  left
  -----  ----  --------  -------  -----  -------  ----
  an     2026        20        0      0        8    12
  bert   2026        12        0      0        3     9
  chloe  2026        20        0      0        0    20
  $ officectl absence balance --year 2027 --who an
  who  year  entitled  carried  taken  planned  left
  ---  ----  --------  -------  -----  -------  ----
  an   2027        25        5      0        0    25
  $ officectl absence entitle bert --days 14
  bert is entitled to 14 days in 2026
  $ officectl absence balance --who bert
  who   year  entitled  carried  taken  planned  left
  ----  ----  --------  -------  -----  -------  ----
  bert  2026        14        0      0        3    11

The month, and who is out.

  $ officectl absence calendar --month 2026-12
  who    01  02  03  04  05  06  07  08  09  10  11  12  13  14  15  16  17  18  19  20  21  22  23  24  25  26  27  28  29  30  31
  -----  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --  --
  an                     .   .                       .   .                       .   .   V   V   V   V   *   .   .   V   V   V   V
  bert           .   .   .   .               .   .   .   .               .   .   .   .   V   V   V   .   *   .   .               .
  chloe              T,  .   .                       .   .                       .   .                   *   .   .
  $ officectl absence calendar --month 2026-12 --team -o md | head -4
  | who | 01 | 02 | 03 | 04 | 05 | 06 | 07 | 08 | 09 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 |
  | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
  | an |  |  |  |  | . | . |  |  |  |  |  | . | . |  |  |  |  |  | . | . | V | V | V | V | * | . | . | V | V | V | V |
  | bert |  |  | . | . | . | . |  |  |  | . | . | . | . |  |  |  | . | . | . | . | V | V | V | . | * | . | . |  |  |  | . |
  $ officectl absence who --date 2026-12-22
  who   type      from        to          half  status
  ----  --------  ----------  ----------  ----  --------
  an    vacation  2026-12-21  2027-01-01        approved
  bert  vacation  2026-12-21  2026-12-23        approved
  $ officectl absence who --date 2026-12-07
  nobody is out on 2026-12-07

A staffing rule: on Thursday bert does not work, so chloe is the only secretary.

  $ officectl absence add chloe --type vacation --since 2026-12-10 --until 2026-12-11
  officectl: the leave of chloe breaks a staffing rule:
    2026-12-10 Thu: 0 secretary present, at least 1 needed (away: chloe)
    2026-12-11 Fri: 0 secretary present, at least 1 needed (away: chloe)
  (--force records it all the same)
  [65]
  $ officectl absence add chloe --type vacation --since 2026-12-10 --until 2026-12-11 --force
  recorded although it breaks a staffing rule:
    2026-12-10 Thu: 0 secretary present, at least 1 needed (away: chloe)
    2026-12-11 Fri: 0 secretary present, at least 1 needed (away: chloe)
  recorded leave 4: chloe vacation 2026-12-10 to 2026-12-11, 2 days
  $ officectl absence conflicts 2026-12
  Absence conflicts 2026-12-01 to 2026-12-31
  ==========================================
  
  Staffing rules
  --------------
  
  date        day  role       present  min  away
  ----------  ---  ---------  -------  ---  -----
  2026-12-10  Thu  secretary        0    1  chloe
  2026-12-11  Fri  secretary        0    1  chloe
  
  Appointments during leave
  -------------------------
  
  Nobody has an appointment while away.

The agenda avoids absent people and refuses to book them.

  $ officectl agenda free --who an,chloe --for 1h --since 2026-12-18 --until 2027-01-05
  day         start  end    free_until  room
  ----------  -----  -----  ----------  ----
  2026-12-18  09:00  10:00  17:00
  2027-01-04  09:00  10:00  17:00
  2027-01-05  09:00  10:00  17:00
  $ officectl agenda add "Overleg" --at "2026-12-22 10:00" --who an,chloe
  officectl: "Overleg" double-books an:
    an is away (vacation) from 2026-12-21 to 2027-01-01
  (--force books it anyway, as tentative)
  [65]
  $ officectl agenda add "Opleiding" --at "2026-12-04 14:00" --who chloe --force
  booked as tentative: "Opleiding" double-books
    chloe is away (training) from 2026-12-04 to 2026-12-04
  booked 1 "Opleiding" Fri 2026-12-04 14:00-15:00 (tentative)
  $ officectl absence conflicts 2026-12-01..2026-12-06
  Absence conflicts 2026-12-01 to 2026-12-06
  ==========================================
  
  Staffing rules
  --------------
  
  Every working day has the people the rules ask for.
  
  Appointments during leave
  -------------------------
  
  who    leave  type      appointment  title      start
  -----  -----  --------  -----------  ---------  ----------------
  chloe      3  training            1  Opleiding  2026-12-04 14:00

Payroll and iCalendar.

  $ officectl absence export --month 2026-12
  month,who,type,days,hours
  2026-12,an,vacation,8,64
  2026-12,bert,vacation,3,24
  2026-12,chloe,training,0.5,4
  2026-12,chloe,vacation,2,16
  $ officectl absence export --month 2026-12 --ics | tr -d '\r' | grep -E "^(SUMMARY|DTSTART;|DTEND;|STATUS)"
  SUMMARY:chloe: training
  DTSTART;TZID=Europe/Brussels:20261204T120000
  DTEND;TZID=Europe/Brussels:20261205T000000
  STATUS:CONFIRMED
  SUMMARY:chloe: vacation
  DTSTART;VALUE=DATE:20261210
  DTEND;VALUE=DATE:20261212
  STATUS:CONFIRMED
  SUMMARY:an: vacation
  DTSTART;VALUE=DATE:20261221
  DTEND;VALUE=DATE:20270102
  STATUS:CONFIRMED
  SUMMARY:bert: vacation
  DTSTART;VALUE=DATE:20261221
  DTEND;VALUE=DATE:20261224
  STATUS:CONFIRMED

The weekly report.

  $ officectl report weekly --week 2026-W50 | sed -n '/^Absence/,/^Agenda/p'
  Absence
  -------
  
  Out this week and next:
  who    type      from        to          days  status
  -----  --------  ----------  ----------  ----  --------
  chloe  vacation  2026-12-10  2026-12-11     2  approved
  
  Staffing rules broken:
  date        day  role       present  min  away
  ----------  ---  ---------  -------  ---  -----
  2026-12-10  Thu  secretary        0    1  chloe
  2026-12-11  Fri  secretary        0    1  chloe
  
  2 days below a staffing rule this week.
  
  Agenda
