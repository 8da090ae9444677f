The correspondence register: numbered, followed up, searched.

  $ . "$TESTDIR/../setup.sh"
  $ data="$TESTDIR/../../data/mail"
  $ mkdir -p config/officectl && printf '[mail]\nown = ["*@ourcompany.be"]\n' > config/officectl/config.toml
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv && officectl -q team member import people.csv
  2
  $ officectl contact add "Ricoh Belgium" --type supplier --domain ricoh.be > /dev/null

Registering paper: a number per direction and year; a new correspondent becomes a relation.

  $ echo "%PDF-1.4 scan" > scan.pdf
  $ officectl mail log --incoming --channel letter --from "FOD Financiën" --subject "Aanslagbiljet 2026" --ref 2026/123 --due +10d --owner bert --tag tax --file scan.pdf
  new relation #2 FOD Financi\xc3\xabn (add details with `officectl contact edit '#2'`) (esc)
  registered IN-2026-0001 (in letter) "Aanslagbiljet 2026"
  $ officectl -q mail log --outgoing --channel letter --to Ricoh --subject "Opzegging onderhoudscontract" --date 2026-11-28
  OUT-2026-0001
  $ officectl -q mail log --incoming --channel phone --from "Ricoh" --subject "Terugbelverzoek" --confidential --body "Ontslag van hun accountmanager"
  IN-2026-0002
  $ officectl mail log --incoming --subject "Zonder afzender"
  registered IN-2026-0003 (in letter) "Zonder afzender"
  $ officectl mail log --incoming --from X
  officectl: --subject is required (see `officectl mail log --help`)
  [64]
  $ officectl mail log --incoming --subject X --channel pigeon
  officectl: --channel: "pigeon" is not letter, email, fax, phone or hand (see `officectl mail log --help`)
  [64]
  $ officectl mail log --incoming --subject X --due someday
  officectl: --due: invalid date "someday": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]
  $ officectl mail log --incoming --subject X --owner nobody
  officectl: no team member "nobody" (see `officectl team member list`)
  [66]
  $ officectl mail log --incoming --subject X --from Nieuw --strict
  officectl: no relation "Nieuw" (add it with `officectl contact add`, or leave out --strict)
  [66]
  $ officectl mail log --incoming --outgoing --subject X
  officectl: give --incoming or --outgoing, not both
  [64]
  $ officectl mail log --incoming --subject X --file missing.pdf
  officectl: cannot read "missing.pdf": no such file
  [66]

Importing mail: mbox, Maildir and .eml, detected by content; a second run adds nothing.

  $ officectl mail import "$data/office.mbox" "$data/Maildir" "$data/not-mail.txt"
  imported 8, duplicates 1, skipped 1 (1 not mail); 2 follow-ups closed by an answer
  $ officectl mail import "$data/office.mbox" "$data/Maildir" "$data/single.eml"
  imported 0, duplicates 10, skipped 0
  $ officectl mail import --dry-run "$data/ruby-mail"
  dry run: would have imported 6, duplicates 1, skipped 1 (1 not mail)
  $ officectl mail import missing.mbox
  officectl: cannot read "missing.mbox": no such file or folder
  [66]
  $ officectl mail import
  officectl: give the mail files or folders to import, or --csv FILE
  [64]
  $ officectl -q mail list --limit 100 | wc -l | tr -d ' '
  12

Listing and following up.

  $ officectl mail list --incoming --status open
  number        date        channel  correspondent                          subject                         assignee  due         status  tags
  ------------  ----------  -------  -------------------------------------  ------------------------------  --------  ----------  ------  ----
  IN-2026-0008  2026-12-02  email    Sodexo <events@sodexo.be>              Catering nieuwjaarsreceptie                           open
  IN-2026-0003  2026-12-02  letter                                          Zonder afzender                                       open
  IN-2026-0002  2026-12-02  phone    Ricoh Belgium                          Terugbelverzoek                                       open
  IN-2026-0001  2026-12-02  letter   FOD Financi\xc3\xabn                          Aanslagbiljet 2026              bert      2026-12-12  open    tax (esc)
  IN-2026-0007  2026-12-01  email    FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  Herinnering                                           open (esc)
  IN-2026-0006  2026-12-01  email    Canon Belgium <info@canon.be>          Nieuwsbrief december                                  open
  IN-2026-0004  2026-11-30  email    FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  Aanslagbiljet 2026 \xe2\x80\x93 Financi\xc3\xabn                        open (esc)
  $ officectl mail list --outgoing
  number         date        channel  correspondent                         subject                       assignee  due  status  tags
  -------------  ----------  -------  ------------------------------------  ----------------------------  --------  ---  ------  ----
  OUT-2026-0003  2026-12-02  email    Marie Dubois <marie.dubois@ricoh.be>  Re: Levering toner                           done
  OUT-2026-0002  2026-12-02  email    Marie Dubois <marie.dubois@ricoh.be>  Re: Offerte kopieertoestel                   done
  OUT-2026-0001  2026-11-28  letter   Ricoh Belgium                         Opzegging onderhoudscontract                 done
  $ officectl mail list --who bert -o csv
  number,date,channel,correspondent,subject,assignee,due,status,tags
  IN-2026-0001,2026-12-02,letter,FOD Financi\xc3\xabn,Aanslagbiljet 2026,bert,2026-12-12,open,tax (esc)
  $ officectl mail list --contact Ricoh --channel email
  number         date        channel  correspondent                         subject                     assignee  due  status  tags
  -------------  ----------  -------  ------------------------------------  --------------------------  --------  ---  ------  ----
  OUT-2026-0003  2026-12-02  email    Marie Dubois <marie.dubois@ricoh.be>  Re: Levering toner                         done
  OUT-2026-0002  2026-12-02  email    Marie Dubois <marie.dubois@ricoh.be>  Re: Offerte kopieertoestel                 done
  IN-2026-0009   2026-12-01  email    Marie Dubois <marie.dubois@ricoh.be>  Levering toner                             done
  IN-2026-0005   2026-12-01  email    Marie Dubois <marie.dubois@ricoh.be>  Offerte kopieertoestel                     done
  $ officectl mail list --tag tax --since 2026-12-01 --until 2026-12-31
  number        date        channel  correspondent  subject             assignee  due         status  tags
  ------------  ----------  -------  -------------  ------------------  --------  ----------  ------  ----
  IN-2026-0001  2026-12-02  letter   FOD Financi\xc3\xabn  Aanslagbiljet 2026  bert      2026-12-12  open    tax (esc)
  $ officectl mail list --status lost
  officectl: --status: "lost" is not open, waiting, done, archived or overdue (see `officectl mail list --help`)
  [64]
  $ officectl mail followup
  number        date        age  correspondent                          subject                         assignee  due         days_left  status
  ------------  ----------  ---  -------------------------------------  ------------------------------  --------  ----------  ---------  ------
  IN-2026-0004  2026-11-30    2  FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  Aanslagbiljet 2026 \xe2\x80\x93 Financi\xc3\xabn                                   open (esc)
  IN-2026-0006  2026-12-01    1  Canon Belgium <info@canon.be>          Nieuwsbrief december                                             open
  IN-2026-0007  2026-12-01    1  FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  Herinnering                                                      open (esc)
  IN-2026-0001  2026-12-02    0  FOD Financi\xc3\xabn                          Aanslagbiljet 2026              bert      2026-12-12         10  open (esc)
  IN-2026-0002  2026-12-02    0  Ricoh Belgium                          Terugbelverzoek                                                  open
  IN-2026-0003  2026-12-02    0                                         Zonder afzender                                                  open
  IN-2026-0008  2026-12-02    0  Sodexo <events@sodexo.be>              Catering nieuwjaarsreceptie                                      open
  $ officectl --as-of 2026-12-14 mail followup --overdue
  number        date        age  correspondent  subject             assignee  due         days_left  status
  ------------  ----------  ---  -------------  ------------------  --------  ----------  ---------  -------
  IN-2026-0001  2026-12-02   12  FOD Financi\xc3\xabn  Aanslagbiljet 2026  bert      2026-12-12         -2  overdue (esc)

Showing: the thread, the attachments; confidential stays confidential.

  $ officectl mail show IN-2026-0003 | sed -n '/Body/,$p'
  Body
  ----
  
  (no text)
  $ officectl mail show IN-2026-0002 | grep -E '^(from|subject|status)'
  from:         Ricoh Belgium
  subject:      Terugbelverzoek
  status:       open
  $ officectl --show-confidential mail show IN-2026-0002 | sed -n '/^Body/,$p' | sed -n 4p
  Ontslag van hun accountmanager
  $ officectl mail show IN-2026-0042
  officectl: no register item "IN-2026-0042" (see `officectl mail list`)
  [66]

Tagging, assigning, answering, closing.

  $ officectl mail tag IN-2026-0001 +urgent -tax
  IN-2026-0001 tags: urgent
  $ officectl mail tag IN-2026-0001 urgent
  IN-2026-0001 unchanged
  $ officectl mail tag IN-2026-0001
  officectl: give tags to add (+tag) or remove (-tag)
  [64]
  $ officectl mail assign IN-2026-0004 --owner an --due fri
  IN-2026-0004 assigned to an, due 2026-12-04
  $ officectl mail assign IN-2026-0004 --owner nobody
  officectl: no team member "nobody" (see `officectl team member list`)
  [66]
  $ officectl mail reply IN-2026-0001 --channel letter --our-ref OUT/17 --file scan.pdf
  registered OUT-2026-0004 answering IN-2026-0001; its follow-up is closed
  $ officectl mail reply IN-2026-0001 --date 2026-01-01
  officectl: --date: 2026-01-01 is before IN-2026-0001 was registered (2026-12-02)
  [65]
  $ officectl mail done IN-2026-0006 --note "nieuwsbrief: geen antwoord nodig"
  IN-2026-0006 done
  $ officectl mail followup -o csv | cut -d, -f1,4,9
  number,correspondent,status
  IN-2026-0004,FOD Financi\xc3\xabn <aanslag@minfin.fed.be>,open (esc)
  IN-2026-0007,FOD Financi\xc3\xabn <aanslag@minfin.fed.be>,open (esc)
  IN-2026-0002,Ricoh Belgium,open
  IN-2026-0003,,open
  IN-2026-0008,Sodexo <events@sodexo.be>,open

Search: full text with field terms; confidential bodies only when asked.

  $ officectl mail search offerte
  number         date        correspondent                         subject                     snippet
  -------------  ----------  ------------------------------------  --------------------------  --------------------------------------------------------
  IN-2026-0005   2026-12-01  Marie Dubois <marie.dubois@ricoh.be>  Offerte kopieertoestel      Beste An, Hierbij onze \xe2\x80\x9c[offerte]\xe2\x80\x9d voor \xe2\x82\xac 4.200,00 excl\xe2\x80\xa6 (esc)
  OUT-2026-0002  2026-12-02  Marie Dubois <marie.dubois@ricoh.be>  Re: Offerte kopieertoestel  Re: [Offerte] kopieertoestel
  IN-2026-0009   2026-12-01  Marie Dubois <marie.dubois@ricoh.be>  Levering toner              Beste An, Hierbij onze \xe2\x80\x9c[offerte]\xe2\x80\x9d voor \xe2\x82\xac 4.200,00 excl\xe2\x80\xa6 (esc)
  $ officectl mail search 'from:minfin date:2026-12-01..2026-12-31'
  number        date        correspondent                          subject      snippet
  ------------  ----------  -------------------------------------  -----------  -------
  IN-2026-0007  2026-12-01  FOD Financi\xc3\xabn <aanslag@minfin.fed.be>  Herinnering (esc)
  $ officectl mail search accountmanager
  number  date  correspondent  subject  snippet
  ------  ----  -------------  -------  -------
  $ officectl --show-confidential mail search accountmanager
  number        date        correspondent  subject          snippet
  ------------  ----------  -------------  ---------------  --------------------------------
  IN-2026-0002  2026-12-02  Ricoh Belgium  Terugbelverzoek  Ontslag van hun [accountmanager]
  $ officectl mail search 'cc:x'
  officectl: unknown search field "cc:" (use from:, to:, subject:, tag:, date:A..B)
  [64]

Register lines from another system: idempotent by reference, all or nothing.

  $ printf 'direction;channel;date;from;subject;ref\nin;letter;2026-11-20;Stad Gent;Omgevingsvergunning;GENT-1\n' > register.csv
  $ officectl mail import --csv register.csv --key ref
  imported 1, duplicates 0, skipped 0
  $ officectl mail import --csv register.csv --key ref
  imported 0, duplicates 1, skipped 0
  $ printf 'direction,date,subject\nin,2026-11-21,Goed\nin,2026-02-30,Fout\n' > bad.csv
  $ officectl mail import --csv bad.csv
  officectl: bad.csv:3: invalid date "2026-02-30": no such day
  [65]
  $ officectl -q mail list --since 2026-11-21 --until 2026-11-21

The week in the report; the relation's 360° view.

  $ officectl report weekly -o md | sed -n '/## Correspondence/,/## Service notes/p'
  ## Correspondence
  
  ### Registered this week
  
  | channel | in | out |
  | --- | ---: | ---: |
  | email | 6 | 2 |
  | letter | 2 | 1 |
  | phone | 1 | 0 |
  
  Of these, 1 confidential (not shown in this report).
  
  ### Awaiting an answer
  
  | assignee | open | overdue |
  | --- | ---: | ---: |
  | (nobody) | 5 | 0 |
  | an | 1 | 0 |
  
  ## Service notes
  $ officectl contact show Ricoh | sed -n '/Correspondence/,/Referred/p'
  Correspondence
  --------------
  
  3 in, 3 out; 1 awaiting an answer.
  
  number         date        channel  correspondent                         subject                       assignee  due  status  tags
  -------------  ----------  -------  ------------------------------------  ----------------------------  --------  ---  ------  ----
  OUT-2026-0003  2026-12-02  email    Marie Dubois <marie.dubois@ricoh.be>  Re: Levering toner                           done
  OUT-2026-0002  2026-12-02  email    Marie Dubois <marie.dubois@ricoh.be>  Re: Offerte kopieertoestel                   done
  IN-2026-0002   2026-12-02  phone    Ricoh Belgium                         Terugbelverzoek                              open
  IN-2026-0009   2026-12-01  email    Marie Dubois <marie.dubois@ricoh.be>  Levering toner                               done
  IN-2026-0005   2026-12-01  email    Marie Dubois <marie.dubois@ricoh.be>  Offerte kopieertoestel                       done
  OUT-2026-0001  2026-11-28  letter   Ricoh Belgium                         Opzegging onderhoudscontract                 done
  
  Contracts
  ---------
  
  No contracts with this relation.
  
  Referred to by

Figures and archiving.

  $ officectl mail stats --since 2026-11-01
  period   in  out  in_email  in_letter  in_other  answered  median_days  open  overdue
  -------  --  ---  --------  ---------  --------  --------  -----------  ----  -------
  2026-11   2    1         1          1         0         0                  2        0
  2026-12   8    3         5          2         1         3            1     4        0
  $ officectl mail stats --by week --since 2026-11-23 -o csv
  period,in,out,in_email,in_letter,in_other,answered,median_days,open,overdue
  2026-W48,0,1,0,0,0,0,,0,0
  2026-W49,9,3,6,2,1,3,1,5,0
  $ officectl mail stats --by year
  officectl: --by: "year" is not week or month (see `officectl mail stats --help`)
  [64]
  $ officectl mail archive --before 2026-12-02 --dry-run
  dry run: would have archived 4: before 2026-12-02
  $ officectl mail archive --before 2026-12-02
  archived 4: before 2026-12-02
  $ officectl mail list --status archived -o csv | cut -d, -f1,8
  number,status
  IN-2026-0009,archived
  IN-2026-0006,archived
  IN-2026-0005,archived
  OUT-2026-0001,archived
  $ officectl mail archive
  officectl: give --before DATE, or set mail.retention.<tag> in config
  [64]
  $ printf '[mail]\nown = ["*@ourcompany.be"]\nretention.urgent = "3x"\n' > config/officectl/config.toml
  $ officectl mail stats 2> err; echo "exit $?"; sed "s|$PWD/||" err
  exit 78
  officectl: config/officectl/config.toml:3: mail.retention.urgent: invalid period "3x": expected a number and d, w, m or y, e.g. 3m
  $ printf '[mail]\nown = ["*@ourcompany.be"]\nretention.urgent = "1d"\n' > config/officectl/config.toml
  $ officectl --as-of 2026-12-20 mail archive
  archived 1: 1 urgent (kept 1d)

Attachments can be kept beside the store, once per content.

  $ officectl --db kept.db mail import --keep-attachments "$data/office.mbox" "$data/Maildir"
  imported 8, duplicates 1, skipped 0; 2 follow-ups closed by an answer
  $ find files -type f | sort
  files/aa/aa51f2911220ee9557237ff4c24a074131a52d334fbc6e3d2068942a112ae955
  $ officectl --db kept.db mail show IN-2026-0002 -o json | grep -E '"(name|kept_at)": ' | sed "s|$PWD/||"
                "name": "offerte.pdf",
                "kept_at": "files/aa/aa51f2911220ee9557237ff4c24a074131a52d334fbc6e3d2068942a112ae955"

A reply to a reply gets one Re:, whatever prefixes it had (RE, AW, Antw, TR).

  $ n=$(officectl -q mail log --from Ricoh --subject "RE: AW: Offerte onderhoud" --due +5d)
  $ officectl -q mail reply "$n" > /dev/null
  $ officectl -o csv mail list --outgoing --limit 1 | cut -d, -f5 | tail -1
  Re: Offerte onderhoud
