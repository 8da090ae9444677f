Drafting letters, memos and invitations from templates, in nl, fr and en.

  $ . "$TESTDIR/../setup.sh"
  $ officectl team member add an --name "An Peeters" --role "office manager" > /dev/null
  $ officectl contact add "Ricoh Belgium" --type supplier --lang fr --address "Medialaan 28, 1800 Vilvoorde" > /dev/null
  $ officectl mail draft --to Ricoh --subject "Résiliation du contrat d'entretien" --signatory an --our-ref OUT/2026/17 --body "Nous résilions le contrat au 31 décembre 2026."
  Bruxelles, le 2 d\xc3\xa9cembre 2026 (esc)
  
  Ricoh Belgium
  Medialaan 28, 1800 Vilvoorde
  
  Votre r\xc3\xa9f\xc3\xa9rence : - (esc)
  Notre r\xc3\xa9f\xc3\xa9rence : OUT/2026/17 (esc)
  
  **Objet : R\xc3\xa9siliation du contrat d'entretien** (esc)
  
  Madame, Monsieur,
  
  Nous r\xc3\xa9silions le contrat au 31 d\xc3\xa9cembre 2026. (esc)
  
  Nous vous prions d'agr\xc3\xa9er, Madame, Monsieur, l'expression de nos salutations distingu\xc3\xa9es. (esc)
  
  An Peeters
  office manager
  registered OUT-2026-0001 as an outgoing draft (tag draft; `officectl mail done OUT-2026-0001` once sent)
  $ officectl mail draft --kind letter --lang nl --to "Stad Gent" --subject "Aanvraag vergunning" --var place=Gent --no-register
  Gent, 2 december 2026
  
  Stad Gent
  
  Uw referentie: -
  Onze referentie: -
  
  **Betreft: Aanvraag vergunning**
  
  Geachte mevrouw, geachte heer,
  
  Met vriendelijke groeten,
  
  $ officectl mail draft --kind memo --lang en --to "All staff" --subject "Office closed" --signatory an --body "The office is closed on 24 December." --no-register
  # Memo
  
  | | |
  | --- | --- |
  | **To** | All staff |
  | **From** | An Peeters |
  | **Date** | 2 December 2026 |
  | **Subject** | Office closed |
  
  The office is closed on 24 December.
  $ officectl mail draft --kind invitation --lang nl --to Ricoh --subject "Nieuwjaarsreceptie" --no-register
  officectl: template invitation.nl needs: when, where, rsvp (give them with --var name=value)
  [65]
  $ officectl mail draft --kind invitation --lang nl --to Ricoh --subject "Nieuwjaarsreceptie" --var "when=15 januari 2027 om 18 uur" --var "where=onze kantoren" --var "rsvp=8 januari" --no-register | grep -E '^(Graag|Wij vragen)'
  Graag nodigen wij u uit op 15 januari 2027 om 18 uur, in onze kantoren.
  Wij vragen u vriendelijk uw aanwezigheid te bevestigen v\xc3\xb3\xc3\xb3r 8 januari. (esc)
  $ officectl mail draft --kind offerte --to Ricoh --subject X 2>&1 | sed "s|$PWD|.|"
  officectl: no template "offerte" in fr (built in: invitation, letter, memo, vacancy; or add ./config/officectl/templates/offerte.fr.md)
  $ officectl mail draft --to Ricoh --subject X --var oops
  officectl: --var: expected name=value, not "oops"
  [64]
  $ officectl mail list --tag draft
  number         date        channel  correspondent  subject                             assignee  due  status   tags
  -------------  ----------  -------  -------------  ----------------------------------  --------  ---  -------  -----
  OUT-2026-0001  2026-12-02  letter   Ricoh Belgium  R\xc3\xa9siliation du contrat d'entretien                 waiting  draft (esc)
  $ mkdir -p config/officectl/templates && printf 'Beste {to},\n\n{body}\n\n{{Handtekening}}\n' > config/officectl/templates/letter.nl.md
  $ officectl -q mail draft --lang nl --to Ricoh --subject "Eigen sjabloon" --body "Kort en goed."
  OUT-2026-0002
  $ officectl mail show OUT-2026-0002 | sed -n '/^Body/,$p'
  Body
  ----
  
  Beste Ricoh Belgium,
  
  Kort en goed.
  
  {Handtekening}
  
