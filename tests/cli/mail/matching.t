One rule matches a correspondent's address to a relation, whatever the path:
`mail log --from ADDRESS` finds the relation as `mail import` does (the person
with that address, else the organisation whose --domain it is in), instead of
creating a relation named after the address.

  $ . "$TESTDIR/../setup.sh"
  $ officectl -q contact add "Dupont SARL" --type client --domain client.fr
  1
  $ officectl -q contact add "Marie Dubois" --org "Dupont SARL" --email marie.dubois@client.fr
  2
  $ officectl mail log --from jean.dupont@client.fr --subject "Offerte" --channel email
  registered IN-2026-0001 (in email) "Offerte"
  $ officectl mail log --from Marie.Dubois@Client.FR --subject "Vraag" --channel email
  registered IN-2026-0002 (in email) "Vraag"
  $ officectl mail log --from onbekend@elders.be --subject "Reclame" --channel email
  new relation #3 onbekend@elders.be (add details with `officectl contact edit '#3'`)
  registered IN-2026-0003 (in email) "Reclame"
  $ officectl mail list -o csv
  number,date,channel,correspondent,subject,assignee,due,status,tags
  IN-2026-0003,2026-12-02,email,onbekend@elders.be,Reclame,,,open,
  IN-2026-0002,2026-12-02,email,Marie Dubois,Vraag,,,open,
  IN-2026-0001,2026-12-02,email,Dupont SARL,Offerte,,,open,
  $ officectl contact list
  id  name                kind          type    segment  organisation  role  email                   phone  vat  lang  tags
  --  ------------------  ------------  ------  -------  ------------  ----  ----------------------  -----  ---  ----  ----
   1  Dupont SARL         organisation  client
   2  Marie Dubois        person        client           Dupont SARL         marie.dubois@client.fr
   3  onbekend@elders.be  organisation  other                                onbekend@elders.be
