Confidential stays confidential: a marker planted in every confidential field of
every domain shows in no output of any command, in any format, history and
errors included, unless --show-confidential asks for it (officectl(1),
CONFIDENTIALITY).

  $ . "$TESTDIR/../setup.sh"
  $ src=$OFFICECTL_SOURCE
  $ officectl team member import "$src/examples/people.csv" > /dev/null
  $ echo scan > ZZSECRET-loon.pdf
  $ echo contract > ZZSECRET-contract.pdf

A confidential letter (body, note, a scan), a mail that a rule makes confidential
(body and attachment), a confidential appointment's note, a confidential
dossier's note and document, an interview's notes, a sick leave's note.

  $ officectl mail log --incoming --from "FOD Financiën" --subject "Loonfiche" --confidential --body "ZZSECRET body" --note "ZZSECRET note" --file ZZSECRET-loon.pdf --due +5d --owner bert 2>/dev/null
  registered IN-2026-0001 (in letter) "Loonfiche"
  $ mkdir -p config/officectl
  $ cat > config/officectl/config.toml <<'TOML'
  > [[mail.rule]]
  > subject = "*loon*"
  > confidential = true
  > TOML
  $ cat > hr.eml <<'MAIL'
  > From: Sociaal Secretariaat <info@ss.be>
  > To: an@example.be
  > Subject: Loonbrief december
  > Message-ID: <loon-1@ss.be>
  > Date: Tue, 01 Dec 2026 10:00:00 +0100
  > MIME-Version: 1.0
  > Content-Type: multipart/mixed; boundary="b"
  > 
  > --b
  > Content-Type: text/plain; charset=utf-8
  > 
  > ZZSECRET salary of Bert
  > --b
  > Content-Type: application/pdf; name="ZZSECRET-loonbrief.pdf"
  > Content-Disposition: attachment; filename="ZZSECRET-loonbrief.pdf"
  > Content-Transfer-Encoding: base64
  > 
  > JVBERi0xLjQK
  > --b--
  > MAIL
  $ officectl mail import hr.eml --keep-attachments
  imported 1, duplicates 0, skipped 0
  $ officectl agenda add "Sollicitatie" --at "2026-12-03 14:00" --for 1h --who chloe --confidential --note "ZZSECRET appointment"
  booked 1 "Sollicitatie" Thu 2026-12-03 14:00-15:00
  $ officectl dossier add "Claes, Bert" --kind personnel --who bert --confidential
  dossier 1 DOS-0001 "Claes, Bert" (personnel): 5 required documents
  $ officectl dossier note 1 "ZZSECRET dossier note"
  note added to dossier 1 DOS-0001
  $ officectl dossier doc add 1 --file ZZSECRET-contract.pdf --type arbeidsovereenkomst --copy
  document 1 arbeidsovereenkomst in dossier DOS-0001 (9 bytes, sha256 3dd7131bf1c9, copied)
  $ officectl team review log bert --kind functioning --notes "ZZSECRET review"
  functioning interview 1 with bert on 2026-12-02
  $ officectl absence add bert --type sick --since 2026-12-02 --until 2026-12-04 --note "ZZSECRET sick"
  recorded leave 1: bert sick 2026-12-02 to 2026-12-04, 1 day

Every reading command, in every format: no marker.

  $ cat > commands <<'LIST'
  > history --limit 0
  > search zzsecret
  > search loon
  > due --within 30d
  > report weekly
  > report monthly
  > mail list
  > mail show IN-2026-0001
  > mail show IN-2026-0002
  > mail followup
  > mail search zzsecret
  > mail search salary
  > mail stats
  > agenda list --week 2026-W49
  > agenda show 1
  > agenda print 1
  > agenda today
  > agenda week
  > agenda export
  > agenda export --ics
  > dossier list
  > dossier show 1
  > dossier check
  > dossier verify 1
  > dossier retention
  > team review list
  > team review due
  > team member show bert
  > team workload
  > absence list
  > absence show 1
  > absence calendar --month 2026-12
  > absence who 2026-12-03
  > absence export --month 2026-12
  > absence export --ics
  > absence conflicts
  > contact show "FOD Financiën"
  > undo --dry-run
  > __complete -- dossier show 1 ''
  > __complete -- mail show ''
  > LIST
  $ while read -r command; do for format in table csv md json; do eval officectl -o $format $command 2>&1 | grep -q ZZSECRET && echo "leaks: -o $format $command"; done; done < commands; true
  $ find data -name '*ZZSECRET*'

An error names no confidential value either: a copy gone missing is reported by
the document's number.

  $ rm data/officectl/files/dossier/*/*
  $ officectl dossier verify 1
  dossier  document  type                 name            state    detail
  -------  --------  -------------------  --------------  -------  ---------
        1         1  arbeidsovereenkomst  (confidential)  missing  not found
  1 file checked, 1 missing or changed
  officectl: 1 document file missing or changed
  [65]

With --show-confidential, each of them is there again: the commands above that
show a confidential value, and the values themselves.

  $ while read -r command; do eval officectl --show-confidential $command 2>&1 | grep -q ZZSECRET && echo "$command"; done < commands; true
  history --limit 0
  search zzsecret
  mail show IN-2026-0001
  mail show IN-2026-0002
  mail search zzsecret
  mail search salary
  agenda show 1
  agenda print 1
  agenda export --ics
  dossier show 1
  dossier verify 1
  team review list
  absence list
  absence show 1

  $ officectl --show-confidential mail show IN-2026-0001 | grep -c ZZSECRET
  3
  $ officectl --show-confidential mail show IN-2026-0002 | grep -c ZZSECRET
  2
  $ officectl --show-confidential agenda show 1 | grep -o "ZZSECRET appointment"
  ZZSECRET appointment
  $ officectl --show-confidential dossier show 1 | grep -o "ZZSECRET[a-z -]*"
  ZZSECRET-contract
  ZZSECRET dossier note
  $ officectl --show-confidential team review list | grep -o "ZZSECRET review"
  ZZSECRET review
  $ officectl --show-confidential absence show 1 | grep -o "ZZSECRET sick"
  ZZSECRET sick
  $ officectl --show-confidential search zzsecret -o csv | cut -d, -f1,3
  domain,date
  mail,2026-12-02
  mail,2026-12-01
  $ officectl --show-confidential history -o csv | grep -o "ZZSECRET[a-z -]*" | sort | uniq -c
        1 ZZSECRET appointment
        2 ZZSECRET body
        2 ZZSECRET dossier note
        2 ZZSECRET note
        1 ZZSECRET review
        1 ZZSECRET sick
        1 ZZSECRET-contract
        2 ZZSECRET-loon

A record that becomes confidential later takes what the journal said of it
before along: a dossier's note, written while it was open to all.

  $ officectl dossier add "Maes, Lies" --kind personnel > /dev/null
  $ officectl dossier note 2 "ZZLATER gesprek" > /dev/null
  $ officectl history --entity dossier.note -o csv | cut -d, -f7 | grep -c ZZLATER
  1
  $ officectl dossier edit 2 --confidential yes
  changed dossier 2 DOS-0002
  $ officectl history -o csv | grep -c ZZLATER
  0
  [1]
  $ officectl --show-confidential history -o csv | grep -c ZZLATER
  1

The journal keeps them sealed, apart: not in its readable columns.

  $ sqlite3 data/officectl/office.db "SELECT count(*) FROM history WHERE label || coalesce(before, '') || coalesce(after, '') LIKE '%ZZSECRET%'"
  0
  $ sqlite3 data/officectl/office.db "SELECT count(*) FROM history_txn WHERE command LIKE '%ZZSECRET%'"
  0
