One command language. `officectl __check-cli` walks the whole command tree and
lists every long option that takes two kinds of value or strays from the
grammar table, every command or group without an example in its --help, and
every option with a fixed set of values that completion does not offer.

  $ . "$TESTDIR/../setup.sh"
  $ officectl __check-cli

The grammar table is the one in officectl(1), option for option.

  $ MANWIDTH=200 LC_ALL=C.UTF-8 man -l "$OFFICECTL_SOURCE/man/officectl.1" 2>/dev/null | sed -n '/^OPTIONS THAT MEAN/,/^DATES AND/p' > grammar.txt
  $ officectl __grammar | while IFS=$'\t' read -r name types meaning; do grep -q -- "^ *$name\b" grammar.txt || echo "not in officectl(1): $name"; done
  $ officectl __grammar | head -3
  --who\tHANDLE\tthe person a record concerns; on a listing, only what concerns that person (esc)
  --owner\tHANDLE\tthe person responsible for following the record up (esc)
  --due\tDATE\tthe day it must be done by (esc)

A group's help shows its own commands in use, not the top-level examples.

  $ officectl mail --help | sed -n '/^Examples:/,$p' | head -4
  Examples:
    officectl mail log --incoming --channel letter --from "FOD Financi\xc3\xabn" --subject "Aanslagbiljet 2026" \\ (esc)
    officectl mail import ~/Maildir
    officectl mail list --incoming --since this-month
  $ officectl agenda room --help | sed -n '/^Examples:/,$p'
  Examples:
    officectl agenda room add "Vergaderzaal 1" --capacity 12 --equipment beamer,video
    officectl agenda room list
    officectl agenda room rm "Vergaderzaal 3"

Enum values complete, CHANNEL and the mail statuses among them.

  $ officectl __complete -- mail log --channel ''
  letter
  email
  fax
  phone
  hand
  $ officectl __complete -- mail list --status ''
  open
  waiting
  done
  archived
  overdue

`mail list --status overdue` is what `mail followup` calls overdue.

  $ officectl -q mail log --channel letter --from "FOD Financiën" --subject "Aanslag" --due 2026-11-20
  IN-2026-0001
  $ officectl -q mail log --channel letter --from "FOD Financiën" --subject "Later" --due 2026-12-20
  IN-2026-0002
  $ officectl mail list --status overdue -o csv | cut -d, -f1,3
  number,channel
  IN-2026-0001,letter
  $ officectl mail list --status late
  officectl: --status: "late" is not open, waiting, done, archived or overdue (see `officectl mail list --help`)
  [64]

Every parse error is ours: the option, the value, what to do; an old option
name says the new one.

  $ officectl mail list --from Ricoh
  officectl: `officectl mail list` has no option --from; it is now --since (a date) or --contact (a correspondent) (see `officectl mail list --help`)
  [64]
  $ officectl mail log --in --subject x
  officectl: `officectl mail log` has no option --in; it is now --incoming (see `officectl mail log --help`)
  [64]
  $ officectl team task reassign --from an --to bert
  officectl: `officectl team task reassign` has no option --from; it is now the person as the first word: reassign PERSON --owner NEW (see `officectl team task reassign --help`)
  [64]
  $ officectl absence list --since 2027-01-31 --until 2026-12-01 extra
  officectl: `officectl absence list` takes no more words here: extra (quote a value with spaces; see `officectl absence list --help`)
  [64]
  $ officectl improve kpi --count 0
  officectl: --count: 0 is not between 1 and 60 (see `officectl improve kpi --help`)
  [64]
  $ officectl improve kpi --count many
  officectl: --count: expected a whole number from 1 to 60, not "many" (see `officectl improve kpi --help`)
  [64]
  $ officectl mail list --since
  officectl: --since needs a value (see `officectl mail list --help`)
  [64]
  $ officectl team member add
  officectl: `officectl team member add` needs its handle (see `officectl team member add --help`)
  [64]
  $ officectl report weekly --week 2026-W49 --week 2026-W50
  officectl: --week was given more than once: give it once (see `officectl report weekly --help`)
  [64]
  $ officectl team
  officectl: `officectl team` needs a command (see `officectl team --help`)
  [64]
