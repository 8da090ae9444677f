#!/usr/bin/env bash
# Seeds a demo store through the CLI itself; also a tour of the commands.
#   OFFICECTL=path/to/officectl OFFICECTL_DB=demo/office.db examples/demo.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
officectl=${OFFICECTL:-officectl}
: "${OFFICECTL_DB:?set OFFICECTL_DB to the demo store}"
export OFFICECTL_DB OFFICECTL_CONFIG="$here/config.toml"
mkdir -p "$(dirname "$OFFICECTL_DB")"
run() { printf '\n$ officectl'; printf ' %q' "$@"; printf '\n'; "$officectl" "$@"; }

run init
# The people directory from a CSV file: one transaction; running it twice adds nothing.
run team member import "$here/people.csv"
run team member import "$here/people.csv"
# A new colleague starts today, and a temp leaves at the end of the week.
run team member add fien --name "Fien Jacobs" --role secretary --manager an --start today --lang nl
run team member add gert --name "Gert Maes" --role "temp" --manager an --start -3m --end sun
run team member edit bert --hours 22.8 --workdays mon-wed
run team member list
run team member show bert

# Relations: one directory of outside parties; company numbers are checked.
run contact add "Ricoh Belgium" --type supplier --domain ricoh.be --vat BE0403.170.701 --lang fr --tags copiers
run contact add "Marie Dubois" --org "Ricoh Belgium" --role "account manager" --email marie.dubois@ricoh.be

# Correspondence: a paper letter in, a mailbox imported (twice: the second run adds nothing).
run mail log --incoming --channel letter --from "FOD Financiën" --subject "Aanslagbiljet 2026" --due +10d --owner bert --tag tax
run mail import "$here/mail/inbox.mbox"
run mail import "$here/mail/inbox.mbox"
run mail followup
run mail search offerte

# A service note that everyone must acknowledge.
# -q prints only the new number, for scripts.
printf '\n$ note=$(officectl -q mail note add "Nieuwe regeling thuiswerk" --recipients team --author an --ack ...)\n'
note=$("$officectl" -q mail note add "Nieuwe regeling thuiswerk" --recipients team --author an --ack --effective +1m \
    --action "Thuiswerkdagen in de planning zetten" --owner bert --due +2w)
echo "$note"
run mail note ack "$note" bert
run contact show Ricoh

# The agenda: rooms, a meeting, a weekly series; a double booking is refused (exit 65).
run agenda room add "Vergaderzaal 1" --capacity 12 --equipment beamer,video
run agenda room add "Kleine zaal" --capacity 4
run agenda add "Directiecomité" --at "today 10:00" --for 1h30 --who an,dirk --room "Vergaderzaal 1" --external jan@client.be
run agenda add "Teamoverleg" --at "mon 09:00" --for 1h --who an,bert,chloe --room "Kleine zaal" --every week --repeat-on mon
run agenda add "Sollicitatie" --at "today 11:00" --for 1h --who dirk --room "Vergaderzaal 1" || echo "(refused, exit $?)"
run agenda free --who an,bert,dirk --for 1h --in next-week --room-capacity 3
run agenda item add 1 "Budget 2027" --owner dirk
run agenda minutes 1 --decision "Budget 2027 goedgekeurd" --action "Drie offertes vragen voor de printer" --owner bert --due +1w
run agenda week
# Leave: counted on working days (holidays and part-time days do not count); the agenda sees it.
# bert works mon-wed, so only those days count; chloe is the only
# receptionist, and config.toml wants one present every working day.
run absence add bert --type vacation --since mon --until +11d
run absence add chloe --type vacation --since mon || echo "(refused, exit $?)"
run absence add chloe --type vacation --since mon --requested --force
run absence balance
run absence calendar --team
# Dossiers: each kind has its required documents and retention term (Belgian defaults built in).
run dossier add "Jacobs, Fien" --kind personnel --who fien --owner an --confidential
run dossier add "Ricoh Belgium" --kind supplier --owner bert
demo_dir=$(dirname "$OFFICECTL_DB")
printf 'Arbeidsovereenkomst Fien Jacobs (demo)\n' > "$demo_dir/arbeidsovereenkomst-fien.txt"
run dossier doc add 1 --type arbeidsovereenkomst --file "$demo_dir/arbeidsovereenkomst-fien.txt" --date today
run dossier check --incomplete
# A contract that renews itself: the deadline engine says when notice is due.
run contract add "Onderhoud kopieertoestellen" --vendor "Ricoh Belgium" --category maintenance --start 2025-01-01 \
    --term 36m --notice 3m --renew auto:12m --amount "1.250,00" --per month --owner bert --dossier 2
# The budget book: a line, three quotes weighed against each other, the chosen one ordered, the report.
year=${OFFICECTL_TODAY:-$(date +%F)}
year=${year:0:4}
run budget add "Facilitair $year" --year "$year" --owner an
run budget line add "Facilitair $year" Kantoorbenodigdheden --amount "5.000,00" --code 6100
run budget request add "Nieuwe kopieermachine" --line 6100
run budget quote add 1 --vendor "Ricoh Belgium" --amount "4.200,00" --vat 21 --delivery 10d --score quality=4
run budget quote add 1 --vendor Canon --amount "3.800,00" --vat 21 --delivery 4w --score quality=3
run budget quote compare 1
run budget quote accept 1 --conditions "Levering en installatie binnen 10 werkdagen"
run budget spend 6100 --amount "312,50" --vat 21 --vendor Lyreco --invoice F-2026-881
# The bank's export (amounts paid, incl. VAT, negative), imported twice: the second run adds nothing.
printf 'Datum;Bedrag;Tegenpartij;Omschrijving\n02/01/%s;-121,00;Lyreco;Papier\n02/01/%s;-60,50;Colruyt;Koffie\n' \
    "$year" "$year" > "$demo_dir/bank.csv"
run budget import "$demo_dir/bank.csv" --line 6100 --map date=Datum,amount=Bedrag,vendor=Tegenpartij,note=Omschrijving \
    --negate --incl-vat --vat 21
run budget import "$demo_dir/bank.csv" --line 6100 --map date=Datum,amount=Bedrag,vendor=Tegenpartij,note=Omschrijving \
    --negate --incl-vat --vat 21
run budget report
# Time registration: a project charged to the line at an hourly rate, hours logged, their cost.
run budget project add "Verhuis $year" --line 6100 --rate 55 --owner an
run budget hours log bert 3.5 --project "Verhuis $year" --note "dozen inpakken"
run budget hours report --by project
# Travel: a day in Paris by train, each time in its own zone; the check says what is missing (exit 65).
trip_day=$(date -d "${OFFICECTL_TODAY:-today} +7 days" +%F)
run trip add "Klantbezoek Parijs" --who an --purpose "Contractverlenging" --line 6100
run trip leg add 1 --mode train --from Brussel-Zuid --to Paris-Nord --depart "$trip_day 08:13 Europe/Brussels" \
    --arrive "$trip_day 09:35 Europe/Paris" --carrier "Eurostar 9315" --ref K7XQ2P --cost 129
run trip leg add 1 --mode train --from Paris-Nord --to Brussel-Zuid --depart "$trip_day 18:13 Europe/Paris" \
    --arrive "$trip_day 19:35 Europe/Brussels" --carrier "Eurostar 9340" --cost 129
run trip check 1 || true
run trip itinerary 1
# An event: the reception's plan counted back from the day onto working days, guests and their answers.
event_day=$(date -d "${OFFICECTL_TODAY:-today} +45 days" +%F)
run event add "Nieuwjaarsreceptie" --date "$event_day" --kind reception --owner bert --guests 80 --where "Kasteel van Gaasbeek"
run event plan 1
printf 'name,email,organisation,language\nMarie Dubois,marie.dubois@ricoh.be,Ricoh Belgium,fr\nJan Peeters,jan@client.be,Client NV,nl\n' \
    > "$demo_dir/gasten.csv"
run event guest import 1 "$demo_dir/gasten.csv"
run event guest rsvp 1 marie.dubois@ricoh.be yes
run event guests 1
run contract obligation add 1 "Jaarlijkse controle" --every 1y --next +20d --lead 30d
run contract due --within 1y

# The team's work: a task from a letter, the new colleague's onboarding, the week's workload.
run team task add "Aanslagbiljet nakijken" --owner dirk --due +10d --estimate 2h --priority high --origin mail:IN-2026-0001
run team onboard fien
run team skill set bert excel=2 frans=3
run team skills --gaps
run team workload

# Improvement: the indicators and their trend, what the data shows, a SMART plan
# with an action (a team task), and everything due across domains.
run improve kpi --months 3 --chart
run improve scan --record
run improve finding add "Taken blijven liggen" --process opvolging --impact high --kpi tasks_overdue
finding=$("$officectl" -q improve finding list --status open -o csv | tail -1 | cut -d, -f1)
run improve plan add "$finding" "Achterstand wegwerken" --indicator tasks_overdue --target 0 --due +3m --owner an
run improve action add 1 "Wekelijkse takenronde" --owner bert --due +1w
run improve plan show 1
run due --within 3w
run search ricoh
printf '\n$ officectl agenda export --ics > agenda.ics\n'
"$officectl" agenda export --ics > "$(dirname "$OFFICECTL_DB")/agenda.ics"
run history --limit 5
