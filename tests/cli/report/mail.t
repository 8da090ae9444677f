The weekly and monthly reports as a mail (--mail-to): a whole message on
stdout for `sendmail -t`, with the report as plain text and as the HTML page
(charts and all), read back by Python's email package.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-12-07
  $ officectl -q team member add an --name "An Peeters" > /dev/null
  $ officectl -q budget add "Facilitair 2026" --year 2026 --owner an > /dev/null
  $ officectl -q budget line add "Facilitair 2026" Kantoorbenodigdheden --amount "5.000,00" --code 6100 > /dev/null
  $ officectl -q budget spend 6100 --amount "4.700,00" --vat 21 --vendor Lyreco --invoice F-2026-881 > /dev/null
  $ read_mail() { /usr/bin/python3 -c '
  > import email, sys
  > from email import policy
  > raw = sys.stdin.buffer.read()
  > m = email.message_from_bytes(raw, policy=policy.default)
  > for h in ("From", "To", "Subject", "Date", "MIME-Version", "Content-Type"):
  >     print(f"{h}: {m[h]}" if h != "Content-Type" else f"{h}: {m.get_content_type()}")
  > print("Message-ID:", "present" if m["Message-ID"] else "missing")
  > print("longest line:", max(len(l) for l in raw.split(b"\n")), "bytes; 8-bit bytes:", sum(b > 127 for b in raw))
  > for p in m.iter_parts():
  >     body = p.get_content()
  >     print(p.get_content_type(), p.get_content_charset(), p["Content-Transfer-Encoding"], body.splitlines()[0])
  >     if p.get_content_type() == "text/html":
  >         open("part.html", "w").write(body)
  > '; }
  $ officectl report weekly --mail-to "Directie <directie@example.be>" --mail-to emma@example.be --mail-from "An Peeters <an@example.be>" | read_mail
  From: An Peeters <an@example.be>
  To: Directie <directie@example.be>, emma@example.be
  Subject: Weekly report 2026-W50 (2026-12-07 to 2026-12-13)
  Date: Sun, 06 Dec 2026 23:00:00 +0000
  MIME-Version: 1.0
  Content-Type: multipart/alternative
  Message-ID: present
  longest line: 76 bytes; 8-bit bytes: 0
  text/plain utf-8 quoted-printable Weekly report 2026-W50 (2026-12-07 to 2026-12-13)
  text/html utf-8 quoted-printable <!DOCTYPE html>
  $ /usr/bin/python3 "$TESTDIR/check_html.py" part.html
  well-formed, lang nl, title 'Weekly report 2026-W50 (2026-12-07 to 2026-12-13)'; no script, style sheet or external reference; 1 chart(s); right-aligned: id, planned, committed, spent, remaining, used_pct, forecast
  $ officectl report monthly --month 2026-11 --mail-to directie@example.be | read_mail | sed -n '1p;3p;9,10p'
  From: None
  Subject: Monthly report 2026-11 (2026-11-01 to 2026-11-30)
  text/plain utf-8 quoted-printable Monthly report 2026-11 (2026-11-01 to 2026-11-30)
  text/html utf-8 quoted-printable <!DOCTYPE html>

What is no address is refused, also an address with a line break in it (a
header smuggled in), and nothing is written to stdout.

  $ officectl report weekly --mail-to "directie at example"
  officectl: --mail-to: "directie at example" is not an e-mail address (ann@example.be, or "Ann <ann@example.be>")
  [64]
  $ officectl report weekly --mail-to "$(printf 'directie@example.be\nBcc: all@example.com')"
  officectl: --mail-to: "directie@example.be\xe2\x90\x8aBcc: all@example.com" is not an e-mail address (ann@example.be, or "Ann <ann@example.be>") (esc)
  [64]
  $ officectl report weekly --mail-to directie@example.be --mail-from "office"
  officectl: --mail-from: "office" is not an e-mail address (ann@example.be, or "Ann <ann@example.be>")
  [64]
  $ officectl report weekly --mail-to directie@example.be --mail-from ""
  officectl: --mail-from: "" is not an e-mail address (ann@example.be, or "Ann <ann@example.be>")
  [64]
  $ officectl report weekly --mail-to directie@example.be --mail-from "an@example.be, bert@example.be"
  officectl: --mail-from: "an@example.be, bert@example.be" holds 2 addresses: give one
  [64]
  $ officectl report weekly --mail-to "émile@example.be"
  officectl: --mail-to: "émile@example.be" has letters outside ASCII before the @, which few mail servers take (SMTPUTF8)
  [64]
  $ officectl report weekly --mail-to "$(printf 'x%.0s' $(seq 300))@example.be" 2>&1 | cut -c1-40
  officectl: --mail-to: "xxxxxxxxxxxxxxxxx
  $ officectl report weekly --mail-from an@example.be
  officectl: --mail-from goes with --mail-to
  [64]

Outlook's habit of separating addresses with ';' is understood: both are
addressed, none is dropped.

  $ officectl report weekly --mail-to "directie@example.be; Emma <emma@example.be>" | read_mail | sed -n 2p
  To: directie@example.be, Emma <emma@example.be>
  $ officectl -o md report weekly --mail-to directie@example.be
  officectl: --mail-to writes a whole mail (the text and the HTML page): leave out -o
  [64]

The cron scripts that `make install` puts in <datadir>/officectl send it
through sendmail (here a stand-in that keeps what it is given); a report that
cannot be made sends nothing and fails, so cron mails the error instead.

  $ printf '#!/bin/sh\necho "sendmail $*" >&2\ncat > "$PWD/sent.eml"\n' > sendmail && chmod +x sendmail
  $ SENDMAIL=$PWD/sendmail "$OFFICECTL_SOURCE/examples/cron/weekly-report.sh" directie@example.be an@example.be
  sendmail -t
  $ read_mail < sent.eml | sed -n '1,3p'
  From: an@example.be
  To: directie@example.be
  Subject: Weekly report 2026-W50 (2026-12-07 to 2026-12-13)
  $ rm sent.eml
  $ SENDMAIL=$PWD/sendmail "$OFFICECTL_SOURCE/examples/cron/monthly-report.sh" directie@example.be
  sendmail -t
  $ read_mail < sent.eml | sed -n '3p'
  Subject: Monthly report 2026-11 (2026-11-01 to 2026-11-30)
  $ rm sent.eml
  $ SENDMAIL=$PWD/sendmail OFFICECTL_DB=/nonexistent/office.db "$OFFICECTL_SOURCE/examples/cron/weekly-report.sh" directie@example.be
  officectl: cannot create store "/nonexistent/office.db": folder "/nonexistent" does not exist
  [73]
  $ test -e sent.eml || echo "nothing sent"
  nothing sent
