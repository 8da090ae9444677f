Import and export of the people directory: one transaction, idempotent by handle.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,email,role,manager,hours,days,start,end,lang\nbert,"Claes, Bert",,secretary,an,19.5,mon-wed,2026-12-01,,fr\nan,An Peeters,an@example.be,manager,,38,,2019-03-01,,nl\n' > people.csv
  $ officectl team member import people.csv
  imported people.csv: added 2, updated 0, unchanged 0
  $ officectl team member import people.csv
  imported people.csv: added 0, updated 0, unchanged 2
  $ officectl team member import --dry-run people.csv
  would import people.csv: added 0, updated 0, unchanged 2
  $ officectl team member list
  handle  name         role       email          manager  hours  days     start       end  status
  ------  -----------  ---------  -------------  -------  -----  -------  ----------  ---  ------
  an      An Peeters   manager    an@example.be              38           2019-03-01       active
  bert    Claes, Bert  secretary                 an        19.5  mon-wed  2026-12-01       active

A Belgian Excel export: BOM, semicolons, CRLF, Windows-1252.

  $ printf '\xef\xbb\xbfhandle;name;role\r\ncas;Cas Maes;onthaal\r\nzoe;Zo\xeb Janssens;boekhouding\r\n' > excel.csv
  $ officectl team member import excel.csv
  imported excel.csv: added 2, updated 0, unchanged 0
  $ officectl team member show zoe | head -3
  id:       4
  handle:   zoe
  name:     Zo\xc3\xab Janssens (esc)

A bad row anywhere: the file and line named, exit 65, nothing imported.

  $ printf 'handle,name,start\ndirk,Dirk,2026-12-01\neva,Eva,2026-02-30\n' > bad.csv
  $ officectl team member import bad.csv
  officectl: bad.csv:3: invalid date "2026-02-30": no such day
  [65]
  $ officectl team member show dirk
  officectl: no team member "dirk" (see `officectl team member list`)
  [66]
  $ printf 'handle,naam\ndirk,Dirk\n' > typo.csv
  $ officectl team member import typo.csv
  officectl: typo.csv:1: unknown column "naam" (expected handle, name, email, role, manager, hours, days, start, end, lang)
  [65]
  $ printf 'handle,name\ndirk,"Dirk\n' > cut.csv
  $ officectl team member import cut.csv
  officectl: cut.csv:2: unterminated quoted field
  [65]
  $ officectl team member import missing.csv
  officectl: cannot read "missing.csv"
  [66]
  $ : > empty.csv
  $ officectl team member import empty.csv
  officectl: empty.csv: empty file (expected a header row)
  [65]
  $ officectl -q team member list
  an
  bert
  cas
  zoe

Export round-trips through import unchanged, also through stdin.

  $ officectl team member export
  handle,name,email,role,manager,hours,days,start,end,lang
  an,An Peeters,an@example.be,manager,,38,,2019-03-01,,nl
  bert,"Claes, Bert",,secretary,an,19.5,mon-wed,2026-12-01,,fr
  cas,Cas Maes,,onthaal,,,,,,
  zoe,Zo\xc3\xab Janssens,,boekhouding,,,,,, (esc)
  $ officectl team member export | officectl team member import -
  imported stdin: added 0, updated 0, unchanged 4
  $ officectl --csv-sep ';' team member export | head -2
  handle;name;email;role;manager;hours;days;start;end;lang
  an;An Peeters;an@example.be;manager;;38;;2019-03-01;;nl
