-o xlsx: an Excel workbook for every listing and report, one sheet per table,
with typed cells (numbers, amounts with their currency format, Excel dates and
date-times, durations in hours and minutes), the header frozen and filtered.
Text is written as text: a formula-like subject never becomes a formula. Read
back here with openpyxl.

  $ . "$TESTDIR/../setup.sh"
  $ cat > read.py <<'PY'
  > import sys, openpyxl
  > wb = openpyxl.load_workbook(sys.argv[1])
  > for ws in wb.worksheets:
  >     print(f"[{ws.title}] frozen={ws.freeze_panes} filter={ws.auto_filter.ref}")
  >     for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, int(sys.argv[2]) if len(sys.argv) > 2 else 4)):
  >         print(" | ".join("" if c.value is None else f"{type(c.value).__name__}:{c.value}" + (f" [{c.number_format}]" if c.number_format != "General" else "") for c in row))
  > PY
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q budget add Werking --year 2026
  1
  $ officectl -q budget line add Werking Papier --amount "1234,50" --code 6100
  1
  $ officectl -q budget spend 6100 --amount "-12,50" --date 2026-11-20 --invoice "=HYPERLINK(\"http://x\")"
  1
  $ officectl -o xlsx budget spending --in 2026-11 > spending.xlsx
  $ /usr/bin/python3 read.py spending.xlsx
  [officectl] frozen=A2 filter=A1:I2
  str:id | str:date | str:line | str:vendor | str:invoice | str:amount | str:vat_pct | str:commitment | str:note
  int:1 | datetime:2026-11-20 00:00:00 [yyyy-mm-dd] | int:1 |  | str:=HYPERLINK("http://x") | float:-12.5 [#,##0.00 "\xe2\x82\xac";-#,##0.00 "\xe2\x82\xac"] | int:0 |  |  (esc)

A report: its sentences on a first sheet, then a sheet per table.

  $ officectl -q absence add an --type vacation --since 2026-12-07 --until 2026-12-09
  1
  $ officectl -q agenda add "Overleg" --at "2026-12-03 10:00" --for 1h30 --who bert
  1
  $ officectl -o xlsx report weekly > weekly.xlsx
  $ /usr/bin/python3 -c 'import openpyxl; print(openpyxl.load_workbook("weekly.xlsx").sheetnames)'
  ['Weekly report 2026-W49 (2026-11', 'Out this week and next', 'bert  1 appointment']
  $ officectl -o xlsx absence list > leave.xlsx && /usr/bin/python3 read.py leave.xlsx 2
  [officectl] frozen=A2 filter=A1:I2
  str:id | str:who | str:type | str:from | str:to | str:half | str:days | str:status | str:note
  int:1 | str:an | str:vacation | datetime:2026-12-07 00:00:00 [yyyy-mm-dd] | datetime:2026-12-09 00:00:00 [yyyy-mm-dd] |  | int:3 | str:approved | 

A record (`show`) is a one-row sheet.

  $ officectl -o xlsx absence show 1 > one.xlsx && /usr/bin/python3 read.py one.xlsx 2 | tail -1
  datetime:2026-12-07 00:00:00 [yyyy-mm-dd] | str:Mon | int:1 | str:working day
