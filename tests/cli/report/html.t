-o html: one page per listing or report that a mail client shows as it is:
every style inline, nothing fetched and nothing run, numbers right-aligned,
what is late or off target marked, charts drawn as inline SVG. Each page is
read back by html5lib (check_html.py), a parser nobody here wrote.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-12-07
  $ check() { /usr/bin/python3 "$TESTDIR/check_html.py" "$1"; }
  $ printf 'handle,name,email\nan,An Peeters,an@example.be\nbert,Bert Claes,bert@example.be\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q budget add "Facilitair 2026" --year 2026 --owner an
  1
  $ officectl -q budget line add "Facilitair 2026" Kantoorbenodigdheden --amount "5.000,00" --code 6100
  1
  $ officectl -q budget spend 6100 --amount "4.700,00" --vat 21 --vendor Lyreco --invoice F-2026-881
  1

A listing:

  $ officectl -o html team member list > members.html
  $ check members.html
  well-formed, lang nl, title 'officectl'; no script, style sheet or external reference; 0 chart(s); right-aligned: hours
  $ grep -o '<td style="[^"]*">An Peeters</td>' members.html
  <td style="padding:4px 10px;border-bottom:1px solid #d0d7de;vertical-align:top;white-space:nowrap;">An Peeters</td>

What strangers wrote stays text: a subject or a name with markup is escaped,
never a tag.

  $ officectl -q mail log --from '"><img src=x onerror=alert(1)>' --subject '<script>alert("x")</script> & co' --due 2026-12-01
  IN-2026-0001
  $ officectl -o html mail list > mail.html
  $ check mail.html
  well-formed, lang nl, title 'officectl'; no script, style sheet or external reference; 0 chart(s); right-aligned: none
  $ grep -o '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co' mail.html
  &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co

Control characters in a title (a subject is text from anyone) are shown as
symbols, as in the terminal, and never reach the page: a parser would refuse it.

  $ officectl -q mail log --from Jan --subject "$(printf 'Esc\x1b[2J and \xef\xb7\x90')"
  IN-2026-0002
  $ officectl -o html mail show IN-2026-0002 > item.html
  $ check item.html
  well-formed, lang nl, title 'IN-2026-0002 Esc\xe2\x90\x9b[2J and \xef\xbf\xbd'; no script, style sheet or external reference; 0 chart(s); right-aligned: none (esc)

`due` marks what is late; the budget's line over its plan is marked and its
planned, committed and spent amounts are drawn as bars.

  $ officectl -o html due > due.html
  $ check due.html
  well-formed, lang nl, title 'officectl'; no script, style sheet or external reference; 0 chart(s); right-aligned: days_left
  $ grep -c 'color:#b42318;font-weight:bold;">2026-12-01</td>' due.html
  1
  $ officectl -o html budget show "Facilitair 2026" > budget.html
  $ check budget.html
  well-formed, lang nl, title 'Budget Facilitair 2026 on 2026-12-07 (amounts excl. VAT)'; no script, style sheet or external reference; 1 chart(s); right-aligned: id, planned, committed, spent, remaining, used_pct, forecast
  $ grep -o '<text[^>]*>[^<]*</text>' budget.html | sed 's/<[^>]*>//g'
  planned
  committed
  spent
  Kantoorbenodigdheden
  € 5.000,00
  € 0,00
  € 4.700,00

The weekly and monthly reports: the monthly report draws each indicator's
months as a line in its chart column, and marks what is off target.

  $ officectl -o html report weekly > weekly.html
  $ check weekly.html
  well-formed, lang nl, title 'Weekly report 2026-W50 (2026-12-07 to 2026-12-13)'; no script, style sheet or external reference; 1 chart(s); right-aligned: overdue, due_this_week, due_next_week, in, out, open, overdue, id, planned, committed, spent, remaining, used_pct, forecast
  $ officectl -o html report monthly > monthly.html
  $ check monthly.html
  well-formed, lang nl, title 'Monthly report 2026-12 (2026-12-01 to 2026-12-31)'; no script, style sheet or external reference; 9 chart(s); right-aligned: 2026-07, 2026-08, 2026-09, 2026-10, 2026-11, 2026-12, overdue, due_next_month
  $ grep -c 'color:#b42318;font-weight:bold;background:#fef3f2;">OFF</td>' monthly.html
  1

A record (`show`) is a page of field and value rows:

  $ officectl -o html team member show an | grep -c '<th style'
  9

Chromium (Debian's, headless) draws the weekly and the monthly report: the
pages render to a picture. Skipped where there is no Chromium; `make test`
installs it.

  $ render() { if ! command -v chromium > /dev/null; then echo "$2: drawn"; return; fi
  >   timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
  >     --screenshot="$PWD/$2" "file://$PWD/$1" > /dev/null 2>&1
  >   /usr/bin/python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); sys.exit(not (d[:8] == b"\x89PNG\r\n\x1a\n" and len(d) > 10000))' "$2" && echo "$2: drawn"; }
  $ render weekly.html weekly.png
  weekly.png: drawn
  $ render monthly.html monthly.png
  monthly.png: drawn
