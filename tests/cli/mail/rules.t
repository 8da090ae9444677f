Filtering rules: set tags, assignee, due date, confidentiality at import and at log.

  $ . "$TESTDIR/../setup.sh"
  $ data="$TESTDIR/../../data/mail"
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv && officectl -q team member import people.csv
  2
  $ mkdir -p config/officectl && cat > config/officectl/config.toml <<'TOML'
  > [mail]
  > own = ["*@ourcompany.be"]
  > 
  > [[mail.rule]]
  > from = "*@minfin.fed.be"
  > tags = ["tax"]
  > assign = "bert"
  > due = "+10d"
  > 
  > [[mail.rule]]
  > subject = "~(herinnering|aanmaning)"
  > tags = "urgent"
  > 
  > [[mail.rule]]
  > channel = "phone"
  > confidential = true
  > TOML
  $ officectl mail rules test "$data/office.mbox" | sed "s|$PWD/||"
  subject                         from                                   rule                                                             sets
  ------------------------------  -------------------------------------  ---------------------------------------------------------------  -------------------------------
  Aanslagbiljet 2026 \xe2\x80\x93 Financi\xc3\xabn  FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  config/officectl/config.toml:4   tags tax; assign bert; due +10d (esc)
  Offerte kopieertoestel          Marie Dubois <marie.dubois@ricoh.be>   (no rule matches)
  Re: Offerte kopieertoestel      An Peeters <an@ourcompany.be>          (no rule matches)
  Nieuwsbrief december            Canon Belgium <info@canon.be>          (no rule matches)
  Herinnering                     FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  config/officectl/config.toml:4   tags tax; assign bert; due +10d (esc)
  Herinnering                     FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  config/officectl/config.toml:10  tags urgent (esc)
  Catering nieuwjaarsreceptie     Sodexo <events@sodexo.be>              (no rule matches)
  $ officectl mail import "$data/office.mbox"
  imported 6, duplicates 0, skipped 0; 1 follow-up closed by an answer
  $ officectl mail list --tag tax
  number        date        channel  correspondent                          subject                         assignee  due         status  tags
  ------------  ----------  -------  -------------------------------------  ------------------------------  --------  ----------  ------  -----------
  IN-2026-0004  2026-12-01  email    FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  Herinnering                     bert      2026-12-11  open    tax, urgent (esc)
  IN-2026-0001  2026-11-30  email    FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  Aanslagbiljet 2026 \xe2\x80\x93 Financi\xc3\xabn  bert      2026-12-10  open    tax (esc)
  $ officectl -q mail log --incoming --channel phone --from "Stad Gent" --subject "Vraag over vergunning" --body "Bel terug"
  IN-2026-0006
  $ officectl mail show IN-2026-0006 | grep -E '^(channel|confidential)'
  channel:      phone
  confidential: yes
  $ officectl mail log --incoming --from "FOD Financiën" --subject "Aanmaning" --owner an | tail -1
  new relation #2 FOD Financi\xc3\xabn (add details with `officectl contact edit '#2'`) (esc)
  registered IN-2026-0007 (in letter) "Aanmaning"
  $ officectl mail list --tag urgent -o csv | cut -d, -f1,6,7
  number,assignee,due
  IN-2026-0007,an,
  IN-2026-0004,bert,2026-12-11

Bad rules stop every command with exit 78 and the line.

  $ printf '[[mail.rule]]\nsubject = "~("\ntags = "x"\n' > bad.toml
  $ officectl --config bad.toml mail list
  officectl: bad.toml:1: mail.rule: bad regular expression "~(": missing ): (
  [78]
  $ printf '[[mail.rule]]\nsubject = "~(a)\\\\1"\ntags = "x"\n' > bad.toml
  $ officectl --config bad.toml mail list
  officectl: bad.toml:1: mail.rule: bad regular expression "~(a)\1": invalid escape sequence: \1
  [78]
  $ printf '[[mail.rule]]\nfrm = "*"\ntags = "x"\n' > bad.toml
  $ officectl --config bad.toml mail list
  officectl: bad.toml:2: mail.rule: unknown key "frm" (expected from, to, subject, channel, tags, assign, due, confidential, status)
  [78]
  $ printf '[[mail.rule]]\nfrom = "*"\nassign = "nobody"\n' > bad.toml
  $ officectl --config bad.toml mail log --incoming --from X --subject Y
  officectl: bad.toml:1: mail.rule: assign: no team member "nobody"
  [78]
  $ cp "$data/not-mail.txt" . && officectl mail rules test not-mail.txt
  officectl: not-mail.txt: not mail
  [65]

A rule's regular expression runs on what any sender writes: in time linear in
the text (RE2), so a long subject or a pattern that backtracks for ever in other
engines neither crashes nor hangs the import (std::regex recursed per character:
SIGSEGV on this mail, in a Maildir of good ones, on every re-run).

  $ cat > hostile.toml <<'TOML'
  > [[mail.rule]]
  > subject = "~factuur.*nummer"
  > tags = "invoice"
  > 
  > [[mail.rule]]
  > subject = "~(a+)+$"
  > tags = "aaa"
  > TOML
  $ mkdir -p md/cur md/new md/tmp
  $ cp "$data/Maildir/cur/"* md/cur/
  $ python3 -c 'print("From: x@example.be\nSubject: factuur " + "x" * 100000 + "\nMessage-ID: <long@x>\n\nbody")' > md/new/1.host
  $ python3 -c 'print("From: y@example.be\nSubject: " + "a" * 44 + "b\nMessage-ID: <aaa@x>\n\nbody")' > md/new/2.host
  $ timeout 20 officectl --config hostile.toml mail import md
  imported 3, duplicates 0, skipped 0
  $ officectl --config hostile.toml mail list --tag invoice -o csv | wc -l
  1
  $ timeout 20 officectl --config hostile.toml mail import md
  imported 0, duplicates 3, skipped 0
