Relations: one directory of outside parties, each once.

  $ . "$TESTDIR/../setup.sh"
  $ officectl contact add "Ricoh Belgium" --type supplier --domain ricoh.be --vat BE0403.170.701 --lang fr --tags copiers
  added contact #1 Ricoh Belgium (supplier organisation)
  $ officectl contact add "Marie Dubois" --org "Ricoh Belgium" --role "account manager" --email marie.dubois@ricoh.be
  added contact #2 Marie Dubois (supplier person)
  $ officectl -q contact add "FOD Financiën" --type authority --domain minfin.fed.be --lang nl
  3
  $ officectl contact add "Het Nieuwsblad" --type press --email redactie@nieuwsblad.be
  added contact #4 Het Nieuwsblad (press organisation)

Company numbers in any spelling are one number; a wrong check digit is refused.

  $ officectl contact add "Ricoh Belgium NV" --type supplier --vat "BE 0403 170 701"
  officectl: company number BE 0403.170.701 is already Ricoh Belgium (see `officectl contact show BE0403170701`)
  [65]
  $ officectl contact add "Ricoh Belgium NV" --type supplier --vat 0403170701
  officectl: company number BE 0403.170.701 is already Ricoh Belgium (see `officectl contact show BE0403170701`)
  [65]
  $ officectl contact add "Typo NV" --vat 0403.170.702
  officectl: --vat: invalid company number "0403.170.702": the check digits do not match (a typo?)
  [65]
  $ officectl contact add "Typo NV" --vat 12345
  officectl: --vat: invalid company number "12345": expected ten digits such as BE0403.170.701
  [65]
  $ officectl contact add "Typo NV" --type vendor
  officectl: --type: "vendor" is not client, supplier, authority, partner, press or other (see `officectl contact add --help`)
  [64]
  $ officectl contact add "Typo NV" --kind robot
  officectl: --kind: "robot" is not organisation or person (see `officectl contact add --help`)
  [64]
  $ officectl contact add "Jan" --org "Marie Dubois"
  officectl: --org: Marie Dubois is a person, not an organisation
  [65]
  $ officectl contact add "Jan" --org "Xerox"
  officectl: no contact "Xerox" (see `officectl contact list`)
  [66]
  $ officectl contact add "Jan" --email jan
  officectl: invalid e-mail address "jan"
  [65]
  $ officectl contact add "Jan" --domain "ricoh be"
  officectl: invalid domain "ricoh be": expected e.g. ricoh.be
  [65]
  $ officectl -q contact list
  3
  4
  1
  2

Listing and filtering; a person is listed under their organisation.

  $ officectl contact list
  id  name            kind          type       segment  organisation   role             email                   phone  vat              lang  tags
  --  --------------  ------------  ---------  -------  -------------  ---------------  ----------------------  -----  ---------------  ----  -------
   3  FOD Financi\xc3\xabn   organisation  authority                                                                                           nl (esc)
   4  Het Nieuwsblad  organisation  press                                               redactie@nieuwsblad.be
   1  Ricoh Belgium   organisation  supplier                                                                           BE 0403.170.701  fr    copiers
   2  Marie Dubois    person        supplier            Ricoh Belgium  account manager  marie.dubois@ricoh.be
  $ officectl contact list --type supplier
  id  name           kind          type      segment  organisation   role             email                  phone  vat              lang  tags
  --  -------------  ------------  --------  -------  -------------  ---------------  ---------------------  -----  ---------------  ----  -------
   1  Ricoh Belgium  organisation  supplier                                                                         BE 0403.170.701  fr    copiers
   2  Marie Dubois   person        supplier           Ricoh Belgium  account manager  marie.dubois@ricoh.be
  $ officectl contact list --org Ricoh
  id  name          kind    type      segment  organisation   role             email                  phone  vat  lang  tags
  --  ------------  ------  --------  -------  -------------  ---------------  ---------------------  -----  ---  ----  ----
   2  Marie Dubois  person  supplier           Ricoh Belgium  account manager  marie.dubois@ricoh.be
  $ officectl contact list --tag COPIERS -o csv
  id,name,kind,type,segment,organisation,role,email,phone,vat,lang,tags
  1,Ricoh Belgium,organisation,supplier,,,,,,BE 0403.170.701,fr,copiers
  $ officectl contact list --search minfin
  id  name           kind          type       segment  organisation  role  email  phone  vat  lang  tags
  --  -------------  ------------  ---------  -------  ------------  ----  -----  -----  ---  ----  ----
   3  FOD Financi\xc3\xabn  organisation  authority                                                  nl (esc)
  $ officectl contact list --lang fr -o json
  [
    {
      "id": 1,
      "name": "Ricoh Belgium",
      "kind": "organisation",
      "type": "supplier",
      "segment": null,
      "organisation": null,
      "role": null,
      "email": null,
      "phone": null,
      "vat": "BE 0403.170.701",
      "lang": "fr",
      "tags": "copiers"
    }
  ]

The 360° view; a name may be a part, an id, an address or a company number.

  $ officectl contact show ricoh
  Ricoh Belgium
  =============
  
  Relation
  --------
  
  id:     1
  kind:   organisation
  type:   supplier
  domain: ricoh.be
  vat:    BE 0403.170.701
  lang:   fr
  tags:   copiers
  
  People
  ------
  
  id  name          role             email                  phone
  --  ------------  ---------------  ---------------------  -----
   2  Marie Dubois  account manager  marie.dubois@ricoh.be
  
  Correspondence
  --------------
  
  No correspondence registered.
  
  Contracts
  ---------
  
  No contracts with this relation.
  
  Referred to by
  --------------
  
  Nothing in the store refers to this relation yet.
  $ officectl contact show 0403170701 -o md
  # Ricoh Belgium
  
  ## Relation
  
  - **id**: 1
  - **kind**: organisation
  - **type**: supplier
  - **domain**: ricoh.be
  - **vat**: BE 0403.170.701
  - **lang**: fr
  - **tags**: copiers
  
  ## People
  
  | id | name | role | email | phone |
  | ---: | --- | --- | --- | --- |
  | 2 | Marie Dubois | account manager | marie.dubois@ricoh.be |  |
  
  ## Correspondence
  
  No correspondence registered.
  
  ## Contracts
  
  No contracts with this relation.
  
  ## Referred to by
  
  Nothing in the store refers to this relation yet.
  $ officectl contact show marie.dubois@ricoh.be | head -3
  Marie Dubois (Ricoh Belgium)
  ============================
  
  $ officectl contact show "Belgium"
  Ricoh Belgium
  =============
  
  Relation
  --------
  
  id:     1
  kind:   organisation
  type:   supplier
  domain: ricoh.be
  vat:    BE 0403.170.701
  lang:   fr
  tags:   copiers
  
  People
  ------
  
  id  name          role             email                  phone
  --  ------------  ---------------  ---------------------  -----
   2  Marie Dubois  account manager  marie.dubois@ricoh.be
  
  Correspondence
  --------------
  
  No correspondence registered.
  
  Contracts
  ---------
  
  No contracts with this relation.
  
  Referred to by
  --------------
  
  Nothing in the store refers to this relation yet.
  $ officectl contact add "Canon Belgium" --type supplier > /dev/null
  $ officectl contact show "Belgium"
  officectl: "Belgium" matches 2 contacts: #5 Canon Belgium, #1 Ricoh Belgium; name one by its #id
  [65]
  $ officectl contact show Xerox
  officectl: no contact "Xerox" (see `officectl contact list`)
  [66]

Segments come from the configuration of each type.

  $ mkdir -p config/officectl && printf '[contact.segments]\nsupplier = ["facilitair", "ICT"]\n' > config/officectl/config.toml
  $ officectl contact edit Canon --segment ICT
  updated contact #5 Canon Belgium
  $ officectl contact edit Canon --segment catering
  officectl: unknown segment "catering" for supplier (configured: facilitair, ICT)
  [65]
  $ officectl contact edit Canon --segment ICT
  contact #5 Canon Belgium unchanged
  $ officectl contact edit Canon --phone "+32 2 123 45 67" --rename "Canon Belgium NV"
  updated contact #5 Canon Belgium NV
  $ officectl contact edit "Canon Belgium NV" --phone ""
  updated contact #5 Canon Belgium NV

Merging duplicates: every reference moves, the history keeps the merge.

  $ officectl contact add "Ricoh BE" --type supplier --phone "02 555 55 55" > /dev/null
  $ officectl contact add "Jan Peeters" --org "Ricoh BE" --email jan.peeters@ricoh.be > /dev/null
  $ officectl contact merge "Ricoh Belgium" "Ricoh BE"
  merged #6 Ricoh BE into #1 Ricoh Belgium: 1 reference moved, filled phone
  $ officectl contact show "Jan Peeters" | grep organisation
  organisation: Ricoh Belgium
  $ officectl contact merge "Ricoh Belgium" "Ricoh Belgium"
  officectl: cannot merge Ricoh Belgium into itself
  [65]
  $ officectl contact merge "Ricoh Belgium" "FOD"
  officectl: Ricoh Belgium (supplier) and FOD Financi\xc3\xabn (authority) are of different types: not the same relation? (--force merges anyway) (esc)
  [65]
  $ officectl history --entity contact -o csv | cut -d, -f5,7 | head -4
  action,label
  edit,Jan Peeters
  edit,Ricoh Belgium
  merge,Ricoh BE -> #1 Ricoh Belgium

Removing: refused while referred to.

  $ officectl contact rm "Ricoh Belgium"
  officectl: contact Ricoh Belgium is still referred to by 2 contacts (as org); merge it into another contact instead
  [65]
  $ officectl contact rm "Het Nieuwsblad"
  removed contact #4 Het Nieuwsblad
  $ officectl contact rm "Het Nieuwsblad"
  officectl: no contact "Het Nieuwsblad" (see `officectl contact list`)
  [66]

Import and export: idempotent by company number, then e-mail; all rows or none.

  $ printf 'name,type,vat,email,organisation,role,tags\nColruyt Group,client,0400.378.485,,,,retail\nAnn Colruyt,,,ann@colruyt.be,Colruyt Group,inkoper,\n' > relations.csv
  $ officectl contact import relations.csv
  imported relations.csv: added 2, updated 0, unchanged 0
  $ officectl contact import relations.csv
  imported relations.csv: added 0, updated 0, unchanged 2
  $ printf 'name,vat\nBad NV,0400.378.486\n' > bad.csv
  $ officectl contact import bad.csv
  officectl: bad.csv:2: invalid company number "0400.378.486": the check digits do not match (a typo?)
  [65]
  $ printf 'naam\nX\n' > typo.csv
  $ officectl contact import typo.csv
  officectl: typo.csv:1: unknown column "naam" (expected name, kind, type, segment, organisation, role, email, domain, phone, address, vat, lang, tags, note)
  [65]
  $ officectl contact export | head -3
  name,kind,type,segment,organisation,role,email,domain,phone,address,vat,lang,tags,note
  Canon Belgium NV,organisation,supplier,ICT,,,,,,,,,,
  Colruyt Group,organisation,client,,,,,,,,BE0400378485,,retail,
  $ officectl contact export | officectl contact import -
  imported stdin: added 0, updated 0, unchanged 7
  $ officectl contact export --vcard | head -12
  BEGIN:VCARD\r (esc)
  VERSION:4.0\r (esc)
  UID:urn:officectl:contact:5\r (esc)
  KIND:org\r (esc)
  FN:Canon Belgium NV\r (esc)
  ORG:Canon Belgium NV\r (esc)
  CATEGORIES:supplier\r (esc)
  END:VCARD\r (esc)
  BEGIN:VCARD\r (esc)
  VERSION:4.0\r (esc)
  UID:urn:officectl:contact:8\r (esc)
  KIND:org\r (esc)

The vCards are read back exactly by a parser nobody here wrote (Debian's python3-vobject).

  $ officectl contact edit "Colruyt Group" --address "Edingensesteenweg 196
  > 1500 Halle" --note "Leverancier; ook klant, sinds 2019 \\ lange notitie die over de 75 octetten van een vCard-regel heen loopt" > /dev/null
  $ officectl contact export --vcard | /usr/bin/python3 -c '
  > import sys, vobject
  > for c in vobject.readComponents(sys.stdin.read()):
  >     if c.fn.value == "Colruyt Group":
  >         print(repr(c.adr.value.street)); print(repr(c.note.value))
  >     if c.fn.value == "Ann Colruyt":
  >         print(c.org.value, "/", c.title.value)'
  'Edingensesteenweg 196\n1500 Halle'
  'VAT BE 0400.378.485\nLeverancier; ook klant, sinds 2019 \\ lange notitie die over de 75 octetten van een vCard-regel heen loopt'
  ['Colruyt Group'] / inkoper
