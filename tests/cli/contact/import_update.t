A row that matches a stored relation by its company number, but names another
firm, is refused unless --update: it renamed "Ricoh Belgium" and said only
"updated 1".

  $ . "$TESTDIR/../setup.sh"
  $ officectl -q contact add "Ricoh Belgium" --type supplier --vat BE0403.170.701
  1
  $ printf 'name,vat,type\n\xc3\x89lectricit\xc3\xa9 Dupr\xc3\xa9 SA,BE0403170701,supplier\n' > wrong.csv
  $ officectl contact import wrong.csv
  officectl: wrong.csv:2: matches relation #1 "Ricoh Belgium" but would change its name "Ricoh Belgium" -> "\xc3\x89lectricit\xc3\xa9 Dupr\xc3\xa9 SA": give --update to change it, or correct the row (esc)
  [65]
  $ officectl contact list
  id  name           kind          type      segment  organisation  role  email  phone  vat              lang  tags
  --  -------------  ------------  --------  -------  ------------  ----  -----  -----  ---------------  ----  ----
   1  Ricoh Belgium  organisation  supplier                                             BE 0403.170.701
  $ printf 'name,vat,type,tags\nRicoh Belgium,BE0403170701,supplier,copiers\n' > tags.csv
  $ officectl contact import tags.csv
  imported tags.csv: added 0, updated 1, unchanged 0
  $ officectl contact import wrong.csv --update
  imported wrong.csv: added 0, updated 1, unchanged 0
  $ officectl contact list
  id  name                  kind          type      segment  organisation  role  email  phone  vat              lang  tags
  --  --------------------  ------------  --------  -------  ------------  ----  -----  -----  ---------------  ----  -------
   1  \xc3\x89lectricit\xc3\xa9 Dupr\xc3\xa9 SA  organisation  supplier                                             BE 0403.170.701        copiers (esc)

A note of two lines, exported and saved again by a spreadsheet with Windows
line ends (\r\n, also inside the quoted note), is unchanged on re-import.

  $ officectl -q contact add "Lyreco" --type supplier --note "$(printf 'Levering op dinsdag\nBestelnummer vooraf')"
  2
  $ officectl contact export | sed 's/$/\r/' > saved.csv
  $ grep -c $'\r' saved.csv
  4
  $ officectl contact import saved.csv
  imported saved.csv: added 0, updated 0, unchanged 2
