CSV for Excel: --excel (or csv.excel = true in the config) writes a UTF-8 BOM,
';' with decimal commas and CRLF line ends, and text that Excel would run as a
formula starts with ' so that opening the file never runs one. Plain -o csv
stays byte-exact for scripts.

  $ . "$TESTDIR/../setup.sh"
  $ officectl -q contact add "Chloé Dubois" --type client --note "=HYPERLINK(\"http://evil.example\",\"klik\")"
  1
  $ officectl -q contact add "+32 Belgacom" --type supplier
  2
  $ officectl -o csv --excel contact list | od -c | head -2
  0000000 357 273 277   i   d   ;   n   a   m   e   ;   k   i   n   d   ;
  0000020   t   y   p   e   ;   s   e   g   m   e   n   t   ;   o   r   g
  $ officectl -o csv --excel contact list | cut -d';' -f1-3 | tr -d '\r' | tail -2
  2;'+32 Belgacom;organisation
  1;Chlo\xc3\xa9 Dubois;organisation (esc)
  $ officectl -o csv --excel contact export | grep -c $'\r$'
  3
  $ officectl -o csv --excel contact export | tr -d '\r' | grep -o "'=HYPERLINK[^;]*"
  '=HYPERLINK(""http://evil.example"",""klik"")"

Money keeps its sign and gets a decimal comma; a negative amount is a number,
not a formula.

  $ officectl -q budget add Werking --year 2026
  1
  $ officectl -q budget line add Werking Papier --amount "1234,50" --code 6100
  1
  $ officectl -q budget spend 6100 --amount "-12,50" --date 2026-11-20 --invoice "=CN-7"
  1
  $ officectl -o csv --excel budget spending --in 2026-11 | tr -d '\r' | tail -1
  1;2026-11-20;1;;'=CN-7;-12,50;0;;

The config says it once; plain CSV is unchanged.

  $ printf '[csv]\nexcel = true\n' > excel.toml
  $ officectl --config excel.toml -o csv contact list | head -c 3 | od -c | head -1
  0000000 357 273 277
  $ officectl -o csv contact list | head -1
  id,name,kind,type,segment,organisation,role,email,phone,vat,lang,tags
  $ printf '[csv]\nexcel = "yes"\n' > bad.toml
  $ officectl --config bad.toml -o csv contact list
  officectl: bad.toml:2: csv.excel: expected true or false
  [78]

An --excel export imports back unchanged: the ' that kept a formula from
running is dropped on reading.

  $ officectl -o csv --excel contact export > excel.csv
  $ officectl contact import excel.csv
  imported excel.csv: added 0, updated 0, unchanged 2
  $ officectl -o csv contact list | cut -d, -f1-2
  id,name
  2,+32 Belgacom
  1,Chlo\xc3\xa9 Dubois (esc)

--excel writes ';'; another separator goes without it. A separator on the
command line asks for plain CSV, also when the config says csv.excel.

  $ officectl -o csv --excel --csv-sep '|' contact list
  officectl: --excel writes ';' with decimal commas: give --excel or --csv-sep, not both
  [64]
  $ officectl --config excel.toml -o csv --csv-sep , contact list | head -1
  id,name,kind,type,segment,organisation,role,email,phone,vat,lang,tags
