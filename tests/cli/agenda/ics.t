iCalendar: an export an outside parser accepts and that re-imports with no change.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,email\nan,An Peeters,an@office.be\nbert,Bert Claes,\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl agenda room add "Vergaderzaal 1" --capacity 12
  added room "Vergaderzaal 1" (12 seats)
  $ officectl -q agenda add "Board meeting" --at "2026-12-03 10:00" --for 1h30 --who an,bert --room "Vergaderzaal 1" --external jan@client.be
  1
  $ officectl -q agenda add "Teamoverleg" --at "2027-03-15 10:00" --for 1h --who an,bert --every week --repeat-on mon --end 2027-04-30
  2
  officectl: warning: "Teamoverleg": 1 occurrence falls on a public holiday: 2027-03-29 (Paasmaandag)
  $ officectl -q agenda edit 2 --on 2027-03-22 --at "2027-03-23 15:00"
  3
  $ officectl -q agenda cancel 2 --on 2027-04-05
  2
  $ officectl -q agenda add "Kerstvakantie" --at 2026-12-24 --days 2 --who bert
  4
  $ officectl -q agenda add "Call New York" --at "2026-12-04 10:00 America/New_York" --for 45m --who an --confidential --note "geheim"
  5
  $ officectl agenda export --ics > office.ics
  $ grep -v -E "^(UID|DTSTAMP)" office.ics | sed -n '/BEGIN:VEVENT/,$p'
  BEGIN:VEVENT\r (esc)
  SEQUENCE:0\r (esc)
  SUMMARY:Board meeting\r (esc)
  DTSTART;TZID=Europe/Brussels:20261203T100000\r (esc)
  DTEND;TZID=Europe/Brussels:20261203T113000\r (esc)
  STATUS:CONFIRMED\r (esc)
  LOCATION:Vergaderzaal 1\r (esc)
  X-OFFICECTL-ROOM:Vergaderzaal 1\r (esc)
  ORGANIZER;CN=An Peeters;X-OFFICECTL-HANDLE=an:mailto:an@office.be\r (esc)
  ATTENDEE;CN=An Peeters;X-OFFICECTL-HANDLE=an:mailto:an@office.be\r (esc)
  ATTENDEE;CN=Bert Claes;X-OFFICECTL-HANDLE=bert:mailto:\r (esc)
   bert@officectl.invalid\r (esc)
  ATTENDEE:mailto:jan@client.be\r (esc)
  END:VEVENT\r (esc)
  BEGIN:VEVENT\r (esc)
  SEQUENCE:0\r (esc)
  SUMMARY:Call New York\r (esc)
  DTSTART;TZID=America/New_York:20261204T100000\r (esc)
  DTEND;TZID=America/New_York:20261204T104500\r (esc)
  STATUS:CONFIRMED\r (esc)
  CLASS:CONFIDENTIAL\r (esc)
  ORGANIZER;CN=An Peeters;X-OFFICECTL-HANDLE=an:mailto:an@office.be\r (esc)
  ATTENDEE;CN=An Peeters;X-OFFICECTL-HANDLE=an:mailto:an@office.be\r (esc)
  END:VEVENT\r (esc)
  BEGIN:VEVENT\r (esc)
  SEQUENCE:0\r (esc)
  SUMMARY:Kerstvakantie\r (esc)
  DTSTART;VALUE=DATE:20261224\r (esc)
  DTEND;VALUE=DATE:20261226\r (esc)
  STATUS:CONFIRMED\r (esc)
  ORGANIZER;CN=Bert Claes;X-OFFICECTL-HANDLE=bert:mailto:\r (esc)
   bert@officectl.invalid\r (esc)
  ATTENDEE;CN=Bert Claes;X-OFFICECTL-HANDLE=bert:mailto:\r (esc)
   bert@officectl.invalid\r (esc)
  END:VEVENT\r (esc)
  BEGIN:VEVENT\r (esc)
  SEQUENCE:1\r (esc)
  SUMMARY:Teamoverleg\r (esc)
  DTSTART;TZID=Europe/Brussels:20270315T100000\r (esc)
  DTEND;TZID=Europe/Brussels:20270315T110000\r (esc)
  RRULE:FREQ=WEEKLY;UNTIL=20270430T215959Z;BYDAY=MO\r (esc)
  EXDATE;TZID=Europe/Brussels:20270405T100000\r (esc)
  STATUS:CONFIRMED\r (esc)
  ORGANIZER;CN=An Peeters;X-OFFICECTL-HANDLE=an:mailto:an@office.be\r (esc)
  ATTENDEE;CN=An Peeters;X-OFFICECTL-HANDLE=an:mailto:an@office.be\r (esc)
  ATTENDEE;CN=Bert Claes;X-OFFICECTL-HANDLE=bert:mailto:\r (esc)
   bert@officectl.invalid\r (esc)
  END:VEVENT\r (esc)
  BEGIN:VEVENT\r (esc)
  SEQUENCE:1\r (esc)
  SUMMARY:Teamoverleg\r (esc)
  DTSTART;TZID=Europe/Brussels:20270323T150000\r (esc)
  DTEND;TZID=Europe/Brussels:20270323T160000\r (esc)
  RECURRENCE-ID;TZID=Europe/Brussels:20270322T100000\r (esc)
  STATUS:CONFIRMED\r (esc)
  ORGANIZER;CN=An Peeters;X-OFFICECTL-HANDLE=an:mailto:an@office.be\r (esc)
  ATTENDEE;CN=An Peeters;X-OFFICECTL-HANDLE=an:mailto:an@office.be\r (esc)
  ATTENDEE;CN=Bert Claes;X-OFFICECTL-HANDLE=bert:mailto:\r (esc)
   bert@officectl.invalid\r (esc)
  END:VEVENT\r (esc)
  END:VCALENDAR\r (esc)

Python's icalendar (not ours) reads it, with the same times.

  $ /usr/bin/python3 - office.ics <<'PY'
  > import sys, icalendar
  > cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
  > for e in cal.walk('VEVENT'):
  >     rid = e.get('RECURRENCE-ID')
  >     print(e['SUMMARY'], e.decoded('DTSTART'), e.decoded('DTEND'), e.get('RRULE').to_ical().decode() if e.get('RRULE') else '', rid.dt if rid else '')
  > PY
  Board meeting 2026-12-03 10:00:00+01:00 2026-12-03 11:30:00+01:00  
  Call New York 2026-12-04 10:00:00-05:00 2026-12-04 10:45:00-05:00  
  Kerstvakantie 2026-12-24 2026-12-26  
  Teamoverleg 2027-03-15 10:00:00+01:00 2027-03-15 11:00:00+01:00 FREQ=WEEKLY;UNTIL=20270430T215959Z;BYDAY=MO 
  Teamoverleg 2027-03-23 15:00:00+01:00 2027-03-23 16:00:00+01:00  2027-03-22 10:00:00+01:00

Importing it again changes nothing; into another store, the same agenda comes out.

  $ officectl agenda import office.ics
  imported office.ics: added 0, updated 0, unchanged 5, skipped 0
  $ officectl agenda list --since 2026-12-01 --until 2027-04-30 > before.txt
  $ OFFICECTL_DB=$PWD/other.db officectl -q team member import people.csv
  2
  $ OFFICECTL_DB=$PWD/other.db officectl agenda room add "Vergaderzaal 1"
  added room "Vergaderzaal 1"
  $ OFFICECTL_DB=$PWD/other.db officectl agenda import office.ics
  imported office.ics: added 5, updated 0, unchanged 0, skipped 0
  $ OFFICECTL_DB=$PWD/other.db officectl agenda import office.ics
  imported office.ics: added 0, updated 0, unchanged 5, skipped 0
  $ OFFICECTL_DB=$PWD/other.db officectl agenda list --since 2026-12-01 --until 2027-04-30 | sed 's/^ *[0-9]* //' > after.txt
  $ sed 's/^ *[0-9]* //' before.txt | diff - after.txt && echo same
  same

A changed SEQUENCE updates; a week and a person can be exported alone.

  $ sed -e 's/SUMMARY:Board meeting/SUMMARY:Board meeting (verplaatst)/' -e '0,/SEQUENCE:0/s//SEQUENCE:1/' office.ics > changed.ics
  $ officectl agenda import changed.ics --dry-run
  would import changed.ics: added 0, updated 1, unchanged 4, skipped 0
  $ officectl agenda import changed.ics
  imported changed.ics: added 0, updated 1, unchanged 4, skipped 0
  $ officectl agenda export --ics --week 2026-W49 --who bert | grep -c BEGIN:VEVENT
  1
  $ officectl agenda export --since 2026-12-01 --until 2026-12-31
  id,day,time,title,owner,who,room,status,repeats
  1,2026-12-03,10:00-11:30,Board meeting (verplaatst),an,"an, bert, jan@client.be",Vergaderzaal 1,confirmed,
  5,2026-12-04,16:00-16:45,Call New York,an,an,,confirmed,
  4,2026-12-24,all day (2 days),Kerstvakantie,bert,bert,,confirmed,

Calendars from elsewhere: Outlook's zone names, Belgian holidays, events before their zone.

  $ data=$OFFICECTL_SOURCE/tests/data/ical
  $ cd "$data"
  $ officectl agenda import ical4j/Standup.ics --who an
  imported ical4j/Standup.ics: added 1, updated 0, unchanged 0, skipped 0
  $ officectl agenda import ical4j/Belgische32feestdagen.ics
  imported ical4j/Belgische32feestdagen.ics: added 30, updated 0, unchanged 0, skipped 0
  $ officectl agenda import icalendar/america_new_york_forward_reference.ics
  imported icalendar/america_new_york_forward_reference.ics: added 1, updated 0, unchanged 0, skipped 0
  $ officectl agenda import ical4j/calconnect.ics
  imported ical4j/calconnect.ics: added 1, updated 0, unchanged 0, skipped 0
  $ officectl agenda list --day 2027-07-21
  id  day         time         title    owner  who  room  status     repeats
  --  ----------  -----------  -------  -----  ---  ----  ---------  -------
   6  2027-07-21  01:30-01:45  Standup  an                confirmed  daily
  $ cd - > /dev/null

Malformed files: exit 65 with the line, nothing imported.

  $ officectl -q agenda list --status all --since 2026-01-01 --until 2027-12-31 | wc -l
  530
  $ printf 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTART:20261201T100000Z\r\nSUMMARY:Ok\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:z@y\r\nDTSTART:tomorrow\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > bad.ics
  $ officectl agenda import bad.ics
  officectl: bad.ics:9: Can't parse as DATE-TIME value in DTSTART property: tomorrow
  [65]
  $ printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x@y\nDTSTART:20261201T100000Z\n' > cut.ics
  $ officectl agenda import cut.ics
  officectl: cut.ics: the file ends inside BEGIN:VEVENT begun on line 2
  [65]
  $ (cd "$data" && officectl agenda import icalendar/broken_dtstart.ics)
  officectl: icalendar/broken_dtstart.ics:6: Can't parse as DATE-TIME value in DTSTART property: INVALID-DATE
  [65]
  $ echo "hello" | officectl agenda import -
  officectl: stdin:1: text outside BEGIN:VCALENDAR ... END:VCALENDAR
  [65]
  $ officectl agenda import missing.ics
  officectl: cannot read "missing.ics"
  [66]
  $ officectl -q agenda list --status all --since 2026-01-01 --until 2027-12-31 | wc -l
  530
