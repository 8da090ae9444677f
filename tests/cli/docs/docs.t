A command that is not documented is not done: --help with an example, the man
pages, the README. The man pages render without warnings.

  $ . "$TESTDIR/../setup.sh"
  $ src=$OFFICECTL_SOURCE
  $ for page in officectl.1 officectl-team.1 officectl-contact.1 officectl-mail.1 officectl-agenda.1 officectl-absence.1 officectl-contract.1 officectl-dossier.1 officectl-budget.1 officectl-trip.1 officectl-event.1 officectl-improve.1 officectl-history.1 officectl.toml.5; do LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$src/man/$page" 2>&1 >/dev/null; done

Every command that does something has an example in its --help.

  $ commands="init|team member add|team member list|team member show|team member edit|team member rm|team member import|team member export|team task add|team task list|team task done|team task edit|team task reassign|team workload|team skill set|team skills|team training add|team training list|team training done|team review log|team review list|team review due|team onboard|team onboarding|team vacancy add|team vacancy list|team vacancy show|team vacancy publish|team vacancy close|contact add|contact list|contact show|contact edit|contact merge|contact rm|contact import|contact export|mail log|mail import|mail list|mail show|mail edit|mail tag|mail assign|mail done|mail reopen|mail reply|mail followup|mail search|mail stats|mail archive|mail rules test|mail draft|mail note add|mail note list|mail note status|mail note ack|mail note print|mail note action add|mail note action done|contract add|contract list|contract show|contract edit|contract end|contract due|contract obligation add|contract obligation done|contract incident add|contract incident close|contract incidents|contract costs|contract import|contract export|dossier add|dossier list|dossier show|dossier edit|dossier note|dossier doc add|dossier doc rm|dossier verify|dossier check|dossier close|dossier reopen|dossier retention|dossier purge|dossier hold|dossier release|dossier kinds|budget add|budget list|budget edit|budget show|budget report|budget line add|budget line edit|budget line rm|budget commit|budget commitments|budget spend|budget spending|budget import|budget request add|budget request list|budget quote add|budget quote list|budget quote compare|budget quote accept|budget project add|budget project list|budget project edit|budget project close|budget hours log|budget hours list|budget hours rm|budget hours report|budget hours check|trip add|trip list|trip show|trip edit|trip rm|trip leg add|trip leg edit|trip leg rm|trip stay add|trip stay rm|trip check|trip itinerary|trip export|event add|event list|event show|event edit|event rm|event plan|event task add|event task done|event task list|event supplier add|event supplier set|event guest import|event guest rsvp|event guests|event invite|event budget|event debrief|agenda add|agenda list|agenda today|agenda week|agenda show|agenda edit|agenda cancel|agenda rm|agenda room add|agenda room list|agenda room rm|agenda rooms|agenda conflicts|agenda free|agenda item add|agenda item list|agenda minutes|agenda decisions|agenda decisions done|agenda print|agenda export|agenda import|absence add|absence list|absence show|absence edit|absence rm|absence approve|absence reject|absence entitle|absence days|absence balance|absence calendar|absence who|absence conflicts|absence export|improve kpi|improve kpi list|improve kpi show|improve scan|improve finding add|improve finding list|improve finding show|improve plan add|improve plan list|improve plan show|improve plan close|improve action add|improve action done|improve review|improve proposal|report weekly|report monthly|due|search|history|undo|db check|db backup|db migrate|config show|config path|completion"
  $ IFS='|'; for c in $commands; do IFS=' '; officectl $c --help | grep -q '^Examples:' || echo "no example: $c"; IFS='|'; done; IFS=' '

Every group is in the main help, the man pages and the README.

  $ for g in init team contact mail dossier contract budget trip event agenda absence improve report due search history undo db config completion; do officectl --help | grep -q "^  $g " || echo "not in --help: $g"; grep -q "^\.B.* $g\|^\.B $g\|^\.BR $g" "$src/man/officectl.1" || echo "not in officectl.1: $g"; grep -q "officectl $g" "$src/README.md" || echo "not in README: $g"; done
  $ for v in add list show edit rm import export; do grep -q "team member.*$v" "$src/man/officectl-team.1" || echo "not in officectl-team.1: $v"; done
  $ for v in "task add" "task list" "task done" "task edit" "task reassign" workload "skill set" skills "training add" "training list" "training done" "review log" "review list" "review due" onboard onboarding "vacancy add" "vacancy list" "vacancy show" "vacancy publish" "vacancy close"; do grep -q "^.B officectl team $v" "$src/man/officectl-team.1" || echo "not in officectl-team.1: $v"; done
  $ for v in add list show edit merge rm import export; do grep -q "officectl contact $v" "$src/man/officectl-contact.1" || echo "not in officectl-contact.1: $v"; done
  $ for v in add list status ack print "action add" "action done"; do grep -q "officectl mail note $v" "$src/man/officectl-mail.1" || echo "not in officectl-mail.1: note $v"; done
  $ for v in add list today week show edit cancel rm "room add" "room list" "room rm" rooms conflicts free "item add" minutes decisions "decisions done" print export import; do grep -q "^.B officectl agenda $v" "$src/man/officectl-agenda.1" || echo "not in officectl-agenda.1: $v"; done
  $ for v in add list show edit end due "obligation add" "obligation done" "incident add" "incident close" incidents costs import export; do grep -q "^.B officectl contract $v" "$src/man/officectl-contract.1" || echo "not in officectl-contract.1: $v"; done
  $ for v in add list show edit note "doc add" "doc rm" verify check close reopen retention purge hold release kinds; do grep -q "^.B officectl dossier $v" "$src/man/officectl-dossier.1" || echo "not in officectl-dossier.1: $v"; done
  $ for v in add list edit show report "line add" "line edit" "line rm" commit commitments spend spending import "request add" "request list" "quote add" "quote list" "quote compare" "quote accept" "project add" "project list" "project edit" "project close" "hours log" "hours list" "hours rm" "hours report" "hours check"; do grep -q "^.B officectl budget $v" "$src/man/officectl-budget.1" || echo "not in officectl-budget.1: $v"; done
  $ for v in add list show edit rm "leg add" "leg edit" "leg rm" "stay add" "stay rm" check itinerary export; do grep -q "^.B officectl trip $v" "$src/man/officectl-trip.1" || echo "not in officectl-trip.1: $v"; done
  $ for v in add list show edit rm plan "task add" "task done" "task list" "supplier add" "supplier set" "guest import" "guest rsvp" guests invite budget debrief; do grep -q "^.B officectl event $v" "$src/man/officectl-event.1" || echo "not in officectl-event.1: $v"; done
  $ for v in kpi "kpi list" "kpi show" scan "finding add" "finding list" "finding show" "plan add" "plan list" "plan show" "plan close" "action add" "action done" review proposal; do grep -q "^.B officectl improve $v" "$src/man/officectl-improve.1" || echo "not in officectl-improve.1: $v"; done
  $ for v in add list show edit rm approve reject entitle days balance calendar who conflicts export; do grep -q "^.B officectl absence $v" "$src/man/officectl-absence.1" || echo "not in officectl-absence.1: $v"; done
  $ for v in log import list show edit tag assign done reopen reply followup search stats archive "rules test" draft; do grep -q "^.B officectl mail $v" "$src/man/officectl-mail.1" || echo "not in officectl-mail.1: $v"; done

Every key of the schema is in officectl.toml(5) and in the example config.

  $ officectl -o csv config show | tail -n +2 | cut -d, -f1 | while read -r key; do grep -q "^\.BR $key " "$src/man/officectl.toml.5" || echo "not in officectl.toml.5: $key"; section=${key%%.*}; grep -q "^\[\[*$section[].]" "$src/examples/config.toml" || echo "not in examples/config.toml: $key"; done

The example config is valid, and the demo's CSV imports.

  $ officectl --config "$src/examples/config.toml" config show > /dev/null && echo valid
  valid
  $ officectl team member import "$src/examples/people.csv" | sed "s|$src/||"
  imported examples/people.csv: added 5, updated 0, unchanged 0

The demo tour runs from start to end (make demo seeds its store this way).

  $ OFFICECTL=officectl OFFICECTL_DB=$PWD/demo/office.db bash "$src/examples/demo.sh" > demo.log 2>&1 && echo "demo ok"
  demo ok
  $ OFFICECTL_DB=$PWD/demo/office.db OFFICECTL_CONFIG="$src/examples/config.toml" officectl report weekly | head -2
  Weekly report 2026-W49 (2026-11-30 to 2026-12-06)
  =================================================
