One channel, one key: `E-mail`, `e-mail`, `Email` and `mail` are the channel
email on the command line and in a CSV file, and an item has the same dedupe key
whatever path it came in by (mail log, a CSV import, an mbox import).

  $ . "$TESTDIR/../setup.sh"
  $ mkdir -p config/officectl && printf '[mail]\nown = ["*@ourcompany.be"]\n' > config/officectl/config.toml
  $ officectl -q contact add "Ricoh Belgium" --type supplier --email info@ricoh.be
  1

Every spelling is the one channel.

  $ officectl mail log --incoming --channel E-mail --from Ricoh --subject "Offerte onderhoud" --date 2026-11-20 --body "Zie bijlage."
  registered IN-2026-0001 (in email) "Offerte onderhoud"
  $ officectl mail log --incoming --channel " MAIL " --from Ricoh --subject "Herinnering" --date 2026-11-21
  registered IN-2026-0002 (in email) "Herinnering"
  $ officectl mail list --channel Email -o csv | cut -d, -f1-3
  number,date,channel
  IN-2026-0002,2026-11-21,email
  IN-2026-0001,2026-11-20,email
  $ officectl mail log --incoming --channel e-pigeon --subject X
  officectl: --channel: "e-pigeon" is not letter, email, fax, phone or hand (see `officectl mail log --help`)
  [64]

A CSV export of the same items, spelt otherwise: nothing is registered twice,
and a row repeated with another spelling in one file is one item.

  $ printf 'direction,channel,date,from,subject,ref\nin,e-mail,2026-11-21,Ricoh Belgium,herinnering,\nin,Email,2026-11-22,Ricoh,Nieuwe prijslijst,P-1\nin,mail,2026-11-22,ricoh belgium,Nieuwe  prijslijst,P-1\n' > register.csv
  $ officectl mail import --csv register.csv
  imported 1, duplicates 2, skipped 0
  $ officectl mail import --csv register.csv
  imported 0, duplicates 3, skipped 0

A bad channel in a file: its line named, exit 65, nothing registered.

  $ printf 'direction,channel,date,subject\nin,E-Mail,2026-11-23,Goed\nin,duif,2026-11-23,Fout\n' > bad.csv
  $ officectl mail import --csv bad.csv
  officectl: bad.csv:3: invalid channel "duif" (email, letter, fax, phone or hand)
  [65]
  $ officectl -q mail list --limit 100 | wc -l | tr -d ' '
  3

The mail that was logged by hand, imported from a mailbox later: a duplicate.

  $ cat > inbox.mbox <<'MBOX'
  > From info@ricoh.be Fri Nov 20 09:12:00 2026
  > From: Marie Dubois <info@ricoh.be>
  > To: an@ourcompany.be
  > Subject: Offerte onderhoud
  > Date: Fri, 20 Nov 2026 09:12:00 +0100
  > Message-ID: <offerte-1@ricoh.be>
  > Content-Type: text/plain; charset=utf-8
  > 
  > Zie bijlage.
  > MBOX
  $ officectl mail import inbox.mbox
  imported 0, duplicates 1, skipped 0
