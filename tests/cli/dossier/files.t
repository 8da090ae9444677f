Everything officectl writes beside the store is its owner's alone (files 0600,
folders 0700, as the store), and is there whole or not at all: a copy that does
not fit on the disk leaves nothing half-written behind, and the store unchanged.

  $ . "$TESTDIR/../setup.sh"
  $ umask 022
  $ printf 'handle,name\nan,An Peeters\n' > people.csv
  $ officectl -q team member import people.csv
  1
  $ officectl -q dossier add "Peeters, An" --kind personnel --who an --confidential
  1

A copied document kept the source's mode (0644 here):

  $ printf '%%PDF-1.4 arbeidsovereenkomst An\n' > contract.pdf && chmod 644 contract.pdf
  $ officectl -q dossier doc add 1 --type arbeidsovereenkomst --file contract.pdf --copy
  1
  $ find data/officectl/files -printf '%m %y %P\n' | sed 's/[0-9a-f]\{64\}/HASH/' | sort -k3
  700 d 
  700 d dossier
  700 d dossier/9d
  600 f dossier/9d/HASH
  $ stat -c '%a' data/officectl/office.db
  600

Kept attachments were 0644 in 0755 folders:

  $ mkdir -p md/new md/cur
  $ printf 'From: a@example.be\nSubject: Met bijlage\nMessage-ID: <att@x>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nZie bijlage.\n--b\nContent-Type: application/pdf; name=a.pdf\nContent-Disposition: attachment; filename=a.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n' > md/new/1.host
  $ officectl mail import --keep-attachments md
  imported 1, duplicates 0, skipped 0
  $ find data/officectl/files -path '*dossier*' -prune -o -printf '%m %y\n' | sort | uniq -c
        1 600 f
        2 700 d

Invitations written to a folder:

  $ officectl -q event add Nieuwjaarsreceptie --date 2027-01-15 --kind reception --owner an > /dev/null
  $ printf 'name,email\nJan Klant,jan@client.be\n' | officectl -q event guest import 1 -
  1
  $ officectl event invite 1 --status all --dir uitnodigingen > /dev/null
  $ find uitnodigingen -printf '%m %y\n' | sort | uniq -c
        1 600 f
        1 700 d

A copy too large for the disk (a file size limit stands in for a full disk here)
exited 73 but left its partial .tmp; a kept attachment left a 0-byte .tmp.

  $ seq 1 500000 > scan.pdf
  $ (trap '' XFSZ; ulimit -f 2000; officectl dossier doc add 1 --type dimona --file scan.pdf --copy) 2>&1 | sed "s|$PWD/||g; s/[0-9a-f]\{64\}/HASH/"; echo "exit ${PIPESTATUS[0]}"
  officectl: cannot copy scan.pdf into data/officectl/files/dossier/18: cannot write "data/officectl/files/dossier/18/HASH": File too large
  exit 73
  $ find data/officectl/files -name '*.tmp' | wc -l
  0
  $ sqlite3 data/officectl/office.db 'SELECT count(*) FROM dossier_document'
  1
  $ python3 -c 'import base64; print("From: b@example.be\nSubject: Grote bijlage\nMessage-ID: <big@x>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/octet-stream; name=big.bin\nContent-Disposition: attachment; filename=big.bin\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(open("scan.pdf", "rb").read()).decode() + "--b--")' > md/new/2.host
  $ (trap '' XFSZ; ulimit -f 2000; officectl mail import --keep-attachments md) 2>&1 | sed "s|$PWD/||g; s/[0-9a-f]\{64\}/HASH/"; echo "exit ${PIPESTATUS[0]}"
  officectl: cannot keep attachment "big.bin": cannot write "data/officectl/files/18/HASH": File too large
  exit 73
  $ find data/officectl/files -name '*.tmp' | wc -l
  0
  $ officectl -o csv mail list | wc -l
  2
