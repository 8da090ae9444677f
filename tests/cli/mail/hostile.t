What strangers write reaches the terminal as text: one huge cell no longer floods
it, and control sequences are shown, never run, in table and Markdown output.
CSV and JSON keep the data whole.

  $ . "$TESTDIR/../setup.sh"
  $ mkdir -p md/cur md/new

A Subject of 500 000 characters (a 2 MB one made `mail list` print 1 006 040 859
bytes with 1.07 GB of memory; a header over 1 MiB is now skipped at import).

  $ python3 -c 'print("From: a@example.be\nSubject: " + "x" * 500000 + "\nMessage-ID: <wide@x>\n\nbody")' > md/new/1.host
  $ for i in $(seq 2 40); do printf 'From: b@example.be\nSubject: gewoon %s\nMessage-ID: <n%s@x>\n\nbody\n' $i $i > md/new/$i.host; done
  $ officectl mail import md
  imported 40, duplicates 0, skipped 0
  $ officectl mail list | wc -c
  11442
  $ officectl mail list -o md | wc -c
  3568
  $ officectl mail list -o csv | wc -c
  502490
  $ officectl mail list -o json | wc -c
  509186

Control sequences in a Subject and a sender's name: ESC ] 0 ; BEL set the
window title, ESC [ 2 J cleared the screen, in `mail list`, `mail show` and
`contact list`.

  $ printf 'From: "Evil \033[2J Corp" <evil@example.be>\nSubject: Factuur \033]0;pwned\007 \033[31mrood\033[0m\nMessage-ID: <esc@x>\n\nbody\n' > md/new/zz.host
  $ officectl mail import md
  imported 1, duplicates 40, skipped 0
  $ officectl mail list --limit 1
  number        date        channel  correspondent                     subject                           assignee  due  status  tags
  ------------  ----------  -------  --------------------------------  --------------------------------  --------  ---  ------  ----
  IN-2026-0041  2026-12-02  email    Evil \xe2\x90\x9b[2J Corp <evil@example.be>  Factuur \xe2\x90\x9b]0;pwned\xe2\x90\x87 \xe2\x90\x9b[31mrood\xe2\x90\x9b[0m                 open (esc)
  $ officectl mail show IN-2026-0041 | grep -E '^(subject|correspondent|from)'
  from:       Evil \xe2\x90\x9b[2J Corp <evil@example.be> (esc)
  subject:    Factuur \xe2\x90\x9b]0;pwned\xe2\x90\x87 \xe2\x90\x9b[31mrood\xe2\x90\x9b[0m (esc)
  $ officectl mail list --limit 1 -o md
  | number | date | channel | correspondent | subject | assignee | due | status | tags |
  | --- | --- | --- | --- | --- | --- | --- | --- | --- |
  | IN-2026-0041 | 2026-12-02 | email | Evil \xe2\x90\x9b[2J Corp <evil@example.be> | Factuur \xe2\x90\x9b]0;pwned\xe2\x90\x87 \xe2\x90\x9b[31mrood\xe2\x90\x9b[0m |  |  | open |  | (esc)
  $ officectl mail list --limit 1 -o csv | grep -c $'\x1b\\[31m'
  1
  $ printf 'name,type\n"Evil \033]0;pwned\007 NV",supplier\n' > evil.csv && officectl contact import evil.csv
  imported evil.csv: added 1, updated 0, unchanged 0
  $ officectl contact list
  id  name                kind          type      segment  organisation  role  email  phone  vat  lang  tags
  --  ------------------  ------------  --------  -------  ------------  ----  -----  -----  ---  ----  ----
   1  Evil \xe2\x90\x9b]0;pwned\xe2\x90\x87 NV  organisation  supplier (esc)
  $ officectl mail show $(printf 'IN-\033[2J')
  officectl: no register item "IN-\xe2\x90\x9b[2J" (see `officectl mail list`) (esc)
  [66]

A vendor's name of 900 000 characters in a relations CSV (a 10 MB one flooded
`contact list`; a field over 1 MiB is now refused at import).

  $ python3 -c 'print("name,type\n" + "V" * 900000 + ",supplier\nKlein,supplier")' > wide.csv
  $ officectl contact import wide.csv
  imported wide.csv: added 2, updated 0, unchanged 0
  $ officectl contact list | wc -c
  1271

Searching stays linear whatever one mail's size: FTS5's snippet() scored every
hit against every other (a 1 MB body of `woord woord ...` took over 120 s to
search, a 100 MB one 15 minutes); bounded_snippet() gives the same text.

  $ mkdir -p big/new
  $ python3 -c 'print("From: c@example.be\nSubject: groot\nMessage-ID: <big@x>\n\n" + "woord " * 1000000)' > big/new/1.host
  $ officectl mail import big
  imported 1, duplicates 0, skipped 0
  $ timeout 20 officectl mail search woord -o csv
  number,date,correspondent,subject,snippet
  IN-2026-0042,2026-12-02,c@example.be,groot,[woord] [woord] [woord] [woord] [woord] [woord] [woord] [woord] [woord] [woord]\xe2\x80\xa6 (esc)
