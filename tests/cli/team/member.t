The people directory: every domain refers to people by handle.

  $ . "$TESTDIR/../setup.sh"

Adding people; a mutation says what it did in one line, -q prints only the handle.

  $ officectl team member add an --name "An Peeters" --role manager --email an@example.be --start 2019-03-01
  added team member an (An Peeters), id 1
  $ officectl team member add bert --name "Bert Claes" --manager an --hours 19.5 --workdays mon-wed --start 2026-12-01 --lang fr
  added team member bert (Bert Claes), id 2
  $ officectl -q team member add cas --name "Cas Maes" --role secretary --start 2027-01-04
  cas
  $ officectl team member add dirk --name "Dirk Wouters" --start 2015-01-01 --end 2026-11-30
  added team member dirk (Dirk Wouters), id 4

Bad input: a clear line on stderr, a sysexits code, and nothing added.

  $ officectl team member add x --name X --start 2026-02-30
  officectl: --start: invalid date "2026-02-30": no such day
  [65]
  $ officectl team member add X --name "Capital"
  officectl: invalid handle "X": start with a lower-case letter, then use a-z, 0-9, '.', '-' or '_' (at most 32), e.g. an or bert.p
  [65]
  $ officectl team member add an --name "Another An"
  officectl: team member "an" already exists (use `officectl team member edit an`)
  [65]
  $ officectl team member add eva --name Eva --manager nobody
  officectl: unknown manager "nobody" (see `officectl team member list`)
  [66]
  $ officectl team member add eva --name Eva --start 2027-01-01 --end 2026-12-31
  officectl: member eva: end 2026-12-31 is before start 2027-01-01
  [65]
  $ officectl team member add eva --name Eva --hours lots
  officectl: --hours: invalid hours "lots": expected hours a week, e.g. 38 or 19.5
  [65]
  $ officectl team member add eva --name Eva --workdays weekdays
  officectl: --workdays: invalid work days "weekdays": expected e.g. mon-fri or mon,tue,thu
  [65]
  $ officectl team member add eva --name Eva --lang de
  officectl: --lang: "de" is not nl, fr or en (see `officectl team member add --help`)
  [64]
  $ officectl team member add eva --name Eva --email eva
  officectl: invalid e-mail address "eva"
  [65]
  $ officectl team member add eva
  officectl: --name is required (see `officectl team member add --help`)
  [64]
  $ officectl team member add eva --name Eva --bogus
  officectl: `officectl team member add` has no option --bogus (see `officectl team member add --help`)
  [64]
  $ officectl -q team member list --all
  an
  bert
  cas
  dirk

Listing: the current people by default, or by status, role and manager.

  $ officectl team member list
  handle  name        role       email          manager  hours  days     start       end  status
  ------  ----------  ---------  -------------  -------  -----  -------  ----------  ---  -------
  an      An Peeters  manager    an@example.be                           2019-03-01       active
  bert    Bert Claes                            an        19.5  mon-wed  2026-12-01       active
  cas     Cas Maes    secretary                                          2027-01-04       joining
  $ officectl team member list --all --sort name
  handle  name          role       email          manager  hours  days     start       end         status
  ------  ------------  ---------  -------------  -------  -----  -------  ----------  ----------  -------
  an      An Peeters    manager    an@example.be                           2019-03-01              active
  bert    Bert Claes                              an        19.5  mon-wed  2026-12-01              active
  cas     Cas Maes      secretary                                          2027-01-04              joining
  dirk    Dirk Wouters                                                     2015-01-01  2026-11-30  left
  $ officectl team member list --status left
  handle  name          role  email  manager  hours  days  start       end         status
  ------  ------------  ----  -----  -------  -----  ----  ----------  ----------  ------
  dirk    Dirk Wouters                                     2015-01-01  2026-11-30  left
  $ officectl team member list --status joining
  handle  name      role       email  manager  hours  days  start       end  status
  ------  --------  ---------  -----  -------  -----  ----  ----------  ---  -------
  cas     Cas Maes  secretary                               2027-01-04       joining
  $ officectl team member list --manager an
  handle  name        role  email  manager  hours  days     start       end  status
  ------  ----------  ----  -----  -------  -----  -------  ----------  ---  ------
  bert    Bert Claes               an        19.5  mon-wed  2026-12-01       active
  $ officectl team member list --status gone
  officectl: --status: "gone" is not active, joining, left or all (see `officectl team member list --help`)
  [64]
  $ officectl team member list --sort age
  officectl: --sort: "age" is not handle, name, start or role (see `officectl team member list --help`)
  [64]
  $ officectl -q team member list --role SECRETARY
  cas
  $ officectl team member list --limit 1
  handle  name        role     email          manager  hours  days  start       end  status
  ------  ----------  -------  -------------  -------  -----  ----  ----------  ---  ------
  an      An Peeters  manager  an@example.be                        2019-03-01       active

Machine output: CSV (RFC 4180), JSON with typed values, Markdown.

  $ officectl -o csv team member list
  handle,name,role,email,manager,hours,days,start,end,status
  an,An Peeters,manager,an@example.be,,,,2019-03-01,,active
  bert,Bert Claes,,,an,19.5,mon-wed,2026-12-01,,active
  cas,Cas Maes,secretary,,,,,2027-01-04,,joining
  $ officectl --csv-sep ';' -o csv team member list --manager an
  handle;name;role;email;manager;hours;days;start;end;status
  bert;Bert Claes;;;an;19,5;mon-wed;2026-12-01;;active
  $ officectl -o json team member list --manager an
  [
    {
      "handle": "bert",
      "name": "Bert Claes",
      "role": null,
      "email": null,
      "manager": "an",
      "hours": 19.5,
      "days": "mon-wed",
      "start": "2026-12-01",
      "end": null,
      "status": "active"
    }
  ]
  $ officectl -o md team member list --role manager
  | handle | name | role | email | manager | hours | days | start | end | status |
  | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- |
  | an | An Peeters | manager | an@example.be |  |  |  | 2019-03-01 |  | active |
  $ officectl -o xml team member list
  officectl: --format: "xml" is not table, csv, md, html, json, json-schema or xlsx (see `officectl team member list --help`)
  [64]

Showing one person, defaults spelled out.

  $ officectl team member show bert
  id:      2
  handle:  bert
  name:    Bert Claes
  manager: an
  hours:   19.5
  days:    mon-wed
  start:   2026-12-01
  lang:    fr
  status:  active
  $ officectl team member show an
  id:          1
  handle:      an
  name:        An Peeters
  email:       an@example.be
  role:        manager
  hours:       40
  days:        mon-fri
  start:       2019-03-01
  status:      active
  defaults:    hours, days (company's)
  referred_by: 1 team member (as manager)
  $ officectl -o json team member show cas
  {
    "id": 3,
    "handle": "cas",
    "name": "Cas Maes",
    "email": null,
    "role": "secretary",
    "manager": null,
    "hours": 40,
    "days": "mon-fri",
    "start": "2027-01-04",
    "end": null,
    "lang": null,
    "status": "joining",
    "defaults": [
      "hours",
      "days"
    ],
    "referred_by": []
  }
  $ officectl team member show nobody
  officectl: no team member "nobody" (see `officectl team member list`)
  [66]

Editing: only what is given changes; an empty value clears a field.

  $ officectl team member edit bert --role "office manager" --hours 38 --workdays mon-fri
  updated team member bert
  $ officectl team member edit bert --role "office manager"
  team member bert unchanged
  $ officectl team member edit an --email ""
  updated team member an
  $ officectl team member edit cas --rename caz
  updated team member caz
  $ officectl team member edit an --manager bert
  officectl: member an: managed by bert would make a management cycle
  [65]
  $ officectl team member edit caz --end 2026-01-01
  officectl: member caz: end 2026-01-01 is before start 2027-01-04
  [65]
  $ officectl team member show bert
  id:      2
  handle:  bert
  name:    Bert Claes
  role:    office manager
  manager: an
  hours:   38
  days:    mon-fri
  start:   2026-12-01
  lang:    fr
  status:  active

Removing: refused while others refer to the person; --force ends the membership instead.

  $ officectl team member rm an
  officectl: team member an is still referred to by 1 team member (as manager); use --force to end their membership instead
  [65]
  $ officectl team member rm an --force
  team member an is referred to, so not removed: membership ends 2026-12-02
  $ officectl team member show an | grep -E '^(end|status)'
  end:         2026-12-02
  status:      active
  $ officectl team member rm caz
  removed team member caz
  $ officectl team member rm caz
  officectl: no team member "caz" (see `officectl team member list`)
  [66]
