config.toml: every key checked, its origin shown.

  $ . "$TESTDIR/../setup.sh"
  $ officectl config path | sed "s|$PWD|.|"
  (no file there: defaults apply)
  ./config/officectl/config.toml
  $ officectl config show | sed "s|$PWD|.|"
  key                         value                                                        origin   about
  --------------------------  -----------------------------------------------------------  -------  --------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  store.path                  "./data/officectl/office.db"  default  the store file (default: $XDG_DATA_HOME/officectl/office.db)
  time.zone                   "Europe/Brussels"                                            default  IANA time zone of the office
  locale.language             "nl"                                                         default  language of reports and templates: nl, fr or en
  locale.currency             "EUR"                                                        default  currency of amounts that name none
  locale.decimal                                                                           unset    decimal mark of amounts typed and imported: "comma" (1.234 is 1234) or "point"; unset, 1.234 is refused as ambiguous
  csv.excel                   false                                                        default  -o csv for Excel (as --excel): a UTF-8 BOM, ';', decimal commas, formula-like text made inert
  work.days                   "mon-fri"                                                    default  the company's working days
  work.hours                  "09:00-17:00"                                                default  the working day
  holidays.extra              []                                                           default  company closing days (dates, or {date, name} tables)
  holidays.replacement        []                                                           default  days off given in replacement of a public holiday on a weekend
  mail.own                    []                                                           default  our own addresses or globs ("*@ourcompany.be"): mail from them is outgoing
  mail.rule                                                                                unset    filtering rules [[mail.rule]]: match from/to/subject/channel, set tags/assign/due/confidential/status
  mail.prefix_in              "IN"                                                         default  prefix of incoming register numbers
  mail.prefix_out             "OUT"                                                        default  prefix of outgoing register numbers (not the incoming one)
  mail.note_prefix            "NOTE"                                                       default  prefix of service note numbers (NOTE-2027-0001)
  absence.type                                                                             unset    leave types [[absence.type]]: name, letter, unit (day, half, hours), counts (against the balance); default: vacation, sick, training, unpaid, parental, time-credit, other
  absence.entitlement         20                                                           default  vacation days a year for a full-time person (part-time: pro rata of their working days)
  absence.pro_rata            true                                                         default  in a year someone joins or leaves, the entitlement per month employed (a month counts when employed on its 15th), to the nearest half day; false: the whole year's
  absence.carry_over          5                                                            default  at most this many days left at the end of a year carry over to the next
  absence.low_balance         2                                                            default  the weekly report names people with this many days left or fewer
  absence.staffing                                                                         unset    staffing rules [[absence.staffing]]: role, min (people of that role present every working day); a leave that breaks one is refused without --force
  team.onboarding                                                                          unset    onboarding checklist [[team.onboarding]]: role (or * for all), task, after (+0d, 1w: due after the start date)
  dossier.copy                false                                                        default  copy documents into the store's files/ folder, so the dossier is self-contained
  budget.timesheet            []                                                           default  who registers their hours (team handles); empty: everyone. `budget hours check` and the weekly report look at them
  trip.id_documents                                                                        unset    dossier document types that are an ID for `trip check` (default: passport, paspoort, passeport, identiteitskaart, id, eid, carte d'identit\xc3\xa9) (esc)
  improve.scan.incidents      3                                                            default  `improve scan`: this many incidents in one contract term is a finding
  improve.scan.concentration  50                                                           default  `improve scan`: one person holding more than this percentage of the overdue follow-ups or tasks (at least 3) is a finding
  $ mkdir -p config/officectl
  $ cat > config/officectl/config.toml <<'TOML'
  > [time]
  > zone = "Europe/Brussels"
  > [locale]
  > language = "en"
  > [holidays]
  > extra = [{ date = "2026-12-24", name = "Christmas Eve" }, "2026-12-31"]
  > TOML
  $ officectl config path | sed "s|$PWD|.|"
  ./config/officectl/config.toml
  $ officectl config show -o csv | sed "s|$PWD|.|"
  key,value,origin,about
  store.path,"""./data/officectl/office.db""",default,the store file (default: $XDG_DATA_HOME/officectl/office.db)
  time.zone,"""Europe/Brussels""",./config/officectl/config.toml:2,IANA time zone of the office
  locale.language,"""en""",./config/officectl/config.toml:4,"language of reports and templates: nl, fr or en"
  locale.currency,"""EUR""",default,currency of amounts that name none
  locale.decimal,,unset,"decimal mark of amounts typed and imported: ""comma"" (1.234 is 1234) or ""point""; unset, 1.234 is refused as ambiguous"
  csv.excel,false,default,"-o csv for Excel (as --excel): a UTF-8 BOM, ';', decimal commas, formula-like text made inert"
  work.days,"""mon-fri""",default,the company's working days
  work.hours,"""09:00-17:00""",default,the working day
  holidays.extra,"[{ date = ""2026-12-24"", name = ""Christmas Eve"" }, ""2026-12-31""]",./config/officectl/config.toml:6,"company closing days (dates, or {date, name} tables)"
  holidays.replacement,[],default,days off given in replacement of a public holiday on a weekend
  mail.own,[],default,"our own addresses or globs (""*@ourcompany.be""): mail from them is outgoing"
  mail.rule,,unset,"filtering rules [[mail.rule]]: match from/to/subject/channel, set tags/assign/due/confidential/status"
  mail.prefix_in,"""IN""",default,prefix of incoming register numbers
  mail.prefix_out,"""OUT""",default,prefix of outgoing register numbers (not the incoming one)
  mail.note_prefix,"""NOTE""",default,prefix of service note numbers (NOTE-2027-0001)
  absence.type,,unset,"leave types [[absence.type]]: name, letter, unit (day, half, hours), counts (against the balance); default: vacation, sick, training, unpaid, parental, time-credit, other"
  absence.entitlement,20,default,vacation days a year for a full-time person (part-time: pro rata of their working days)
  absence.pro_rata,true,default,"in a year someone joins or leaves, the entitlement per month employed (a month counts when employed on its 15th), to the nearest half day; false: the whole year's"
  absence.carry_over,5,default,at most this many days left at the end of a year carry over to the next
  absence.low_balance,2,default,the weekly report names people with this many days left or fewer
  absence.staffing,,unset,"staffing rules [[absence.staffing]]: role, min (people of that role present every working day); a leave that breaks one is refused without --force"
  team.onboarding,,unset,"onboarding checklist [[team.onboarding]]: role (or * for all), task, after (+0d, 1w: due after the start date)"
  dossier.copy,false,default,"copy documents into the store's files/ folder, so the dossier is self-contained"
  budget.timesheet,[],default,who registers their hours (team handles); empty: everyone. `budget hours check` and the weekly report look at them
  trip.id_documents,,unset,"dossier document types that are an ID for `trip check` (default: passport, paspoort, passeport, identiteitskaart, id, eid, carte d'identit\xc3\xa9)" (esc)
  improve.scan.incidents,3,default,`improve scan`: this many incidents in one contract term is a finding
  improve.scan.concentration,50,default,`improve scan`: one person holding more than this percentage of the overdue follow-ups or tasks (at least 3) is a finding
  $ officectl --db x.db config show | grep store.path
  store.path                  "x.db"                                                           --db                                                             the store file (default: $XDG_DATA_HOME/officectl/office.db)

Malformed configs stop every command with exit 78, naming file, line and key.

  $ printf '[time]\nzon = "Europe/Brussels"\n' > bad.toml
  $ officectl --config bad.toml team member list
  officectl: bad.toml:2: unknown key "time.zon"
  [78]
  $ printf '[work]\ndays = 5\n' > bad.toml
  $ OFFICECTL_CONFIG=bad.toml officectl team member list
  officectl: bad.toml:2: work.days: expected a string
  [78]
  $ printf '[time]\nzone = "Europe/Bruxelles"\n' > bad.toml
  $ officectl --config bad.toml config show
  officectl: bad.toml:2: time.zone: unknown time zone "Europe/Bruxelles" (expected an IANA name such as Europe/Brussels)
  [78]
  $ printf '[work\n' > bad.toml
  $ officectl --config bad.toml config show
  officectl: bad.toml:1: Error while parsing table header: expected ']', saw '\n'
  [78]
  $ officectl --config missing.toml config show
  officectl: cannot read config "missing.toml" (from --config)
  [66]

A config that cannot work is refused when it is read, exit 78, naming the line:
a table nested 10 000 deep (it crashed: SIGSEGV), the same prefix for incoming
and outgoing mail (it failed only at the first outgoing item), an empty prefix
(it numbered -2026-0002), a file that never ends.

  $ python3 -c 'print("[" + ".".join(["a"] * 10000) + "]")' > deep.toml
  $ officectl --config deep.toml config show
  officectl: deep.toml:1: tables nested more than 16 deep (the limit)
  [78]
  $ printf '[mail]\nprefix_in = "POST"\nprefix_out = "POST"\n' > same.toml
  $ officectl --config same.toml mail list
  officectl: same.toml:3: mail.prefix_out: "POST" is also mail.prefix_in: incoming and outgoing items would get the same numbers
  [78]
  $ printf '[mail]\nprefix_in = ""\n' > empty.toml
  $ officectl --config empty.toml mail list
  officectl: empty.toml:2: mail.prefix_in: a prefix cannot be empty (numbers would read -2026-0002)
  [78]
  $ officectl --config /dev/zero config show
  officectl: /dev/zero: larger than 1 MiB (the limit for a config file)
  [78]

And CSV that could not be read back: a quote or a line break as the separator.

  $ officectl --csv-sep '"' -o csv team member list
  officectl: --csv-sep: a quote or a line break cannot separate CSV fields (nothing could read it back)
  [64]
  $ officectl --csv-sep ';' -o csv team member list
  handle;name;role;email;manager;hours;days;start;end;status
