Odd bytes and odd files from outside: refused with one clear line naming the
file and line, a sysexits code, and the store unchanged; never a hang, a flood
or a silent cut.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name\nan,An Peeters\n' > people.csv
  $ officectl -q team member import people.csv
  1
  $ officectl -q budget add "Facilitair 2027" --year 2027
  1
  $ officectl -q budget line add 1 Kantoor --amount "5.000,00" --code 6100
  1

Endless input on stdin (it grew to 2 GB in 20 s in each of these imports):

  $ timeout 20 officectl budget import - --line 6100 < /dev/zero
  officectl: stdin:1: a line longer than 1 MiB (the limit)
  [65]
  $ timeout 20 officectl contact import - < /dev/zero
  officectl: stdin:1: a line longer than 1 MiB (the limit)
  [65]
  $ timeout 20 officectl contract import - < /dev/zero
  officectl: stdin:1: a line longer than 1 MiB (the limit)
  [65]
  $ timeout 20 officectl agenda import - --who an < /dev/zero
  officectl: stdin:1: a line longer than 1 MiB (the limit)
  [65]

A NUL byte cut a vendor to "Ven" while other columns kept theirs; a 50 MB bad
field was repeated whole in the error.

  $ printf 'date,amount,vendor\n2027-01-05,10,Ven\000dor\n' > nul.csv
  $ officectl budget import nul.csv --line 6100
  officectl: nul.csv:2: field 3 holds a NUL byte (is the file UTF-16, or not text?)
  [65]
  $ python3 -c 'print("date,amount,vendor\n2027-01-05,10," + "v" * 2000000)' > wide.csv
  $ officectl budget import wide.csv --line 6100 2>&1 | wc -c
  60
  $ python3 -c 'print("date,amount,vendor\n" + "x" * 900000 + ",10,V")' > baddate.csv
  $ officectl budget import baddate.csv --line 6100 2>&1 | wc -c
  1014
  $ sqlite3 data/officectl/office.db 'SELECT count(*) FROM budget_spending'
  0

A fifo or a folder given as a file said "no such file":

  $ mkfifo pipe && mkdir folder
  $ timeout 10 officectl mail log --incoming --from X --subject Y --file pipe
  officectl: cannot read "pipe": not a regular file (a pipe or a device)
  [66]
  $ officectl mail log --incoming --from X --subject Y --file folder
  officectl: cannot read "folder": it is a folder, not a file
  [66]
  $ officectl dossier add "Test" --kind supplier > /dev/null
  $ officectl dossier doc add 1 --type offerte --file folder
  officectl: cannot read "folder": it is a folder, not a file
  [66]
  $ officectl budget import folder --line 6100
  officectl: cannot read "folder": it is a folder, not a file
  [66]

Amounts whose separators are ambiguous: 0.001 booked EUR 1,00, and in a
comma-separated CSV 12.345 became EUR 12.345,00.

  $ OFFICECTL_TODAY=2027-01-06 officectl budget spend 6100 --amount 0.001
  officectl: --amount: invalid amount "0.001": at most two decimals
  [65]
  $ OFFICECTL_TODAY=2027-01-06 officectl budget spend 6100 --amount 12.345
  officectl: --amount: invalid amount "12.345": is '.' a thousands separator or the decimal mark? Write two decimals (1.234,00 or 1,234.00), or say which mark is decimal (--decimal, or locale.decimal in the config)
  [65]
  $ printf 'date,amount,vendor\n2027-01-05,12.345,Lyreco\n' > point.csv
  $ officectl budget import point.csv --line 6100
  officectl: point.csv:2: invalid amount "12.345": is '.' a thousands separator or the decimal mark? Write two decimals (1.234,00 or 1,234.00), or say which mark is decimal (--decimal, or locale.decimal in the config)
  [65]
  $ officectl budget import point.csv --line 6100 --decimal comma --dry-run
  (dry run, not kept) new relation #1 Lyreco
  would import point.csv: added 1 (\xe2\x82\xac 12.345,00 excl. VAT on 1 line), duplicates 0 (esc)
  $ printf 'date,amount,vendor\n2027-01-05,"12,50",Lyreco\n' > comma.csv
  $ officectl budget import comma.csv --line 6100 --decimal point
  officectl: comma.csv:2: invalid amount "12,50": misplaced thousands separator
  [65]
  $ printf '[locale]\ndecimal = "comma"\n' > comma.toml
  $ OFFICECTL_TODAY=2027-01-06 officectl --config comma.toml budget spend 6100 --amount 1.200 --date 2027-01-06
  spent \xe2\x82\xac 1.200,00 excl. VAT on Kantoor (esc)
  $ sqlite3 data/officectl/office.db 'SELECT amount FROM budget_spending'
  120000
