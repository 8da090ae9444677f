An option that takes one word of a fixed set reads it from one table per set:
the same table lists the words in --help, offers them to completion, reads them
whatever their case, and refuses any other word with one message, before the
command runs (exit 64, store unchanged).

  $ . "$TESTDIR/../setup.sh"
  $ officectl -q team member add an --name "An Peeters"
  an

Any case is read, and stored as the table writes it:

  $ officectl -q improve finding add "Facturen te laat" --impact HIGH
  1
  $ officectl -o csv improve finding list | cut -d, -f3,5
  title,impact
  Facturen te laat,high
  $ officectl -q team task add "Offerte opvragen" --owner an --priority Low
  1
  $ officectl -o csv team task list | cut -d, -f2,5
  title,priority
  Offerte opvragen,low

A domain's own spellings stay readable: a channel as mail headers write it, a
repetition as people say it, an organisation as spreadsheets abbreviate it.

  $ officectl mail log --channel E-Mail --from "Ricoh Belgium" --subject "Offerte"
  new relation #1 Ricoh Belgium (add details with `officectl contact edit '#1'`)
  registered IN-2026-0001 (in email) "Offerte"
  $ officectl -q agenda add "Teamoverleg" --at "2026-12-07 10:00" --for 1h --every weekly --count 2
  1
  $ officectl -o csv agenda list 2026-12 | cut -d, -f1-3
  id,day,time
  1,2026-12-07,10:00-11:00
  1,2026-12-14,10:00-11:00
  $ officectl -q contact add "Acme" --kind org
  2
  $ officectl -o csv contact list --kind organisation | cut -d, -f1-3
  id,name,kind
  2,Acme,organisation
  1,Ricoh Belgium,organisation

A word outside the set is refused with the words one may give, and nothing is
written:

  $ officectl improve finding add "Kopies" --impact huge
  officectl: --impact: "huge" is not low, medium or high (see `officectl improve finding add --help`)
  [64]
  $ officectl team task add "X" --owner an --priority urgent
  officectl: --priority: "urgent" is not high, normal or low (see `officectl team task add --help`)
  [64]
  $ officectl -o table improve finding list --status later
  officectl: --status: "later" is not open, planned or solved (see `officectl improve finding list --help`)
  [64]
  $ officectl --color sometimes team member list
  officectl: --color: "sometimes" is not auto, always or never (see `officectl team member list --help`)
  [64]
  $ officectl -q improve finding list
  1
  $ officectl -q team task list
  1

--help lists the words (and the default), and completion offers them:

  $ officectl improve finding add --help | grep -- '--impact IMPACT'
    --impact IMPACT             how much it costs the office: low, medium or high (default medium)
  $ officectl __complete -- team task add X --priority ''
  high
  normal
  low
  $ officectl __complete -- budget spend --vat ''
  0
  6
  12
  21

On a correction, "" clears a field that may be empty:

  $ officectl -q contact edit Acme --lang fr
  2
  $ officectl -o csv contact list --lang fr | cut -d, -f2
  name
  Acme
  $ officectl -q contact edit Acme --lang ""
  2
  $ officectl -o csv contact list --lang fr | cut -d, -f2
  name
