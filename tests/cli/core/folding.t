One folding of case and accents for every search and name lookup: "financien"
finds "FOD Financiën", "lefevre" finds "Lefèvre", "ELECTRICITE" finds
"Électricité".

  $ . "$TESTDIR/../setup.sh"
  $ officectl -q contact add "FOD Financiën" --type authority
  1
  $ officectl -q contact add "Électricité Dupré SA" --type supplier
  2
  $ officectl -q team member add an --name "An Peeters"
  an
  $ officectl -q dossier add "Lefèvre, Luc" --kind personnel --owner an
  1
  $ officectl contact show financien | head -3
  FOD Financi\xc3\xabn (esc)
  =============
  
  $ officectl contact list --search ELECTRICITE
  id  name                  kind          type      segment  organisation  role  email  phone  vat  lang  tags
  --  --------------------  ------------  --------  -------  ------------  ----  -----  -----  ---  ----  ----
   2  \xc3\x89lectricit\xc3\xa9 Dupr\xc3\xa9 SA  organisation  supplier (esc)
  $ officectl search lefevre
  domain   reference  date        title         snippet
  -------  ---------  ----------  ------------  ------------
  dossier  DOS-0001   2026-12-02  Lef\xc3\xa8vre, Luc  Lef\xc3\xa8vre, Luc (esc)
  $ officectl search financien
  domain   reference  date  title          snippet
  -------  ---------  ----  -------------  -------------
  contact  contact 1        FOD Financi\xc3\xabn  FOD Financi\xc3\xabn (esc)
  $ officectl -q mail log --from "FOD Financiën" --subject "Aanslag" --channel letter
  IN-2026-0001
  $ officectl mail search from:financien
  number        date        correspondent  subject  snippet
  ------------  ----------  -------------  -------  -------
  IN-2026-0001  2026-12-02  FOD Financi\xc3\xabn  Aanslag (esc)
  $ officectl contact show lefevre
  officectl: no contact "lefevre" (see `officectl contact list`)
  [66]
