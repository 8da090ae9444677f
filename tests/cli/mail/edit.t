Correcting the register: what was registered wrong is fixed, the number stays;
a closed follow-up opens again; nothing registered is ever deleted.

  $ . "$TESTDIR/../setup.sh"
  $ officectl team member add bert --name "Bert Claes" > /dev/null
  $ officectl contact add "Ricoh Belgium" --type supplier --domain ricoh.be > /dev/null
  $ officectl -q mail log --incoming --channel letter --from "FOD Financien" --subject "Aanslagbiljet 2025" --ref 2026/123 --due 2026-12-12
  IN-2026-0001
  $ officectl -q mail log --outgoing --channel letter --to Ricoh --subject "Opzegging onderhoudscontract" --date 2026-11-28
  OUT-2026-0001

Edit: the subject, the sender, the channel and the date, in one go.

  $ officectl mail edit IN-2026-0001 --subject "Aanslagbiljet 2026" --from Ricoh --channel E-mail --date 2026-12-01 --ref 2026/124
  corrected IN-2026-0001 "Aanslagbiljet 2026"
  $ officectl mail show IN-2026-0001
  IN-2026-0001 Aanslagbiljet 2026
  ===============================
  
  Item
  ----
  
  number:    IN-2026-0001
  direction: in
  channel:   email
  date:      2026-12-01
  from:      Ricoh Belgium
  subject:   Aanslagbiljet 2026
  their_ref: 2026/124
  due:       2026-12-12
  status:    open
  
  Body
  ----
  
  (no text)

Search knows the new words and forgets the old ones.

  $ officectl mail search 2026
  number        date        correspondent  subject             snippet
  ------------  ----------  -------------  ------------------  --------------------
  IN-2026-0001  2026-12-01  Ricoh Belgium  Aanslagbiljet 2026  Aanslagbiljet [2026]
  $ officectl mail search 2025
  number  date  correspondent  subject  snippet
  ------  ----  -------------  -------  -------
  $ officectl mail search fod
  number  date  correspondent  subject  snippet
  ------  ----  -------------  -------  -------

The same values again change nothing, not even the journal: undo takes back the
correction before it, words included.

  $ officectl mail edit IN-2026-0001 --subject "Aanslagbiljet 2026"
  IN-2026-0001 unchanged
  $ officectl undo
    reverted mail.item:1 IN-2026-0001
  took back change 6 `officectl mail edit IN-2026-0001 --subject 'Aanslagbiljet 2026' --from Ricoh --channel E-mail --date 2026-12-01 --ref 2026/124`: 1 record
  $ officectl mail search 2025
  number        date        correspondent  subject             snippet
  ------------  ----------  -------------  ------------------  --------------------
  IN-2026-0001  2026-12-02  FOD Financien  Aanslagbiljet 2025  Aanslagbiljet [2025]
  $ officectl mail search 2026
  number  date  correspondent  subject  snippet
  ------  ----  -------------  -------  -------
  $ officectl mail edit IN-2026-0001 --subject "Aanslagbiljet 2026" --from Ricoh --channel email --date 2026-12-01 --ref 2026/124 > /dev/null

An outgoing item's correspondent is its addressee.

  $ officectl mail edit out-2026-0001 --to "Canon Belgium" --our-ref 2026/OUT/3
  new relation #3 Canon Belgium (add details with `officectl contact edit '#3'`)
  corrected OUT-2026-0001 "Opzegging onderhoudscontract"
  $ officectl mail list
  number         date        channel  correspondent  subject                       assignee  due         status  tags
  -------------  ----------  -------  -------------  ----------------------------  --------  ----------  ------  ----
  IN-2026-0001   2026-12-01  email    Ricoh Belgium  Aanslagbiljet 2026                      2026-12-12  open
  OUT-2026-0001  2026-11-28  letter   Canon Belgium  Opzegging onderhoudscontract                        done
  $ officectl mail search canon
  number         date        correspondent  subject                       snippet
  -------------  ----------  -------------  ----------------------------  ----------------
  OUT-2026-0001  2026-11-28  Canon Belgium  Opzegging onderhoudscontract  [Canon] Belgium

What cannot be corrected is refused, and the register stays as it was.

  $ officectl mail edit IN-2026-0001
  officectl: give what to correct: --subject, --from, --to, --channel, --date, --due, --ref, --our-ref or --body
  [64]
  $ officectl mail edit IN-2026-0001 --date 2027-01-04
  officectl: --date: 2027-01-04 is not in 2026, the year of IN-2026-0001; the number never changes, so an item of another year is registered anew (`officectl mail log`)
  [65]
  $ officectl mail edit IN-2026-0001 --subject " "
  officectl: --subject: a subject is required
  [65]
  $ officectl mail edit IN-2026-0001 --to Ricoh
  officectl: --to: IN-2026-0001 is incoming, we received it; give its sender with --from
  [65]
  $ officectl mail edit OUT-2026-0001 --from Ricoh
  officectl: --from: OUT-2026-0001 is outgoing, we sent it; give its addressee with --to
  [65]
  $ officectl mail edit IN-2026-0001 --channel pigeon
  officectl: --channel: "pigeon" is not letter, email, fax, phone or hand (see `officectl mail edit --help`)
  [64]
  $ officectl mail edit IN-2026-0001 --due someday
  officectl: --due: invalid date "someday": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]
  $ officectl mail edit IN-2026-0001 --from Nieuw --strict
  officectl: no relation "Nieuw" (add it with `officectl contact add`, or leave out --strict)
  [66]
  $ officectl mail edit IN-2026-0099 --subject X
  officectl: no register item "IN-2026-0099" (see `officectl mail list`)
  [66]
  $ officectl mail list
  number         date        channel  correspondent  subject                       assignee  due         status  tags
  -------------  ----------  -------  -------------  ----------------------------  --------  ----------  ------  ----
  IN-2026-0001   2026-12-01  email    Ricoh Belgium  Aanslagbiljet 2026                      2026-12-12  open
  OUT-2026-0001  2026-11-28  letter   Canon Belgium  Opzegging onderhoudscontract                        done

Reopen: a follow-up closed by `done` or by an answer opens again.

  $ officectl mail done IN-2026-0001 --note "telefonisch beantwoord"
  IN-2026-0001 done
  $ officectl mail reopen IN-2026-0001
  IN-2026-0001 is open again, due 2026-12-12
  $ officectl mail followup
  number        date        age  correspondent  subject             assignee  due         days_left  status
  ------------  ----------  ---  -------------  ------------------  --------  ----------  ---------  ------
  IN-2026-0001  2026-12-01    1  Ricoh Belgium  Aanslagbiljet 2026            2026-12-12         10  open
  $ officectl mail reopen IN-2026-0001
  officectl: IN-2026-0001 is not closed: it is open (close it with `officectl mail done IN-2026-0001`)
  [65]
  $ officectl mail reopen OUT-2026-0001
  officectl: OUT-2026-0001 is outgoing: it awaits no answer, there is no follow-up to reopen
  [65]
  $ officectl -q mail reply IN-2026-0001 --channel letter
  OUT-2026-0002
  $ officectl mail reopen IN-2026-0001 --as-of 2026-12-20
  IN-2026-0001 is open again, due 2026-12-12
  officectl: warning: IN-2026-0001 was due 2026-12-12: give a new date with `officectl mail assign IN-2026-0001 --owner WHO --due DATE`
  $ officectl mail list --incoming
  number        date        channel  correspondent  subject             assignee  due         status  tags
  ------------  ----------  -------  -------------  ------------------  --------  ----------  ------  ----
  IN-2026-0001  2026-12-01  email    Ricoh Belgium  Aanslagbiljet 2026            2026-12-12  open
  $ officectl mail done IN-2026-0001 > /dev/null
  $ officectl mail archive --before 2027-01-01
  archived 3: before 2027-01-01
  $ officectl mail reopen IN-2026-0001
  officectl: IN-2026-0001 is archived: an archived item stays closed (register the new question with `officectl mail log`)
  [65]
  $ officectl mail reopen OUT-2026-0002
  officectl: OUT-2026-0002 is outgoing: it awaits no answer, there is no follow-up to reopen
  [65]
  $ officectl mail reopen IN-2026-0099
  officectl: no register item "IN-2026-0099" (see `officectl mail list`)
  [66]

The help says why there is no `mail rm`.

  $ officectl mail --help | sed -n '/never deleted/,$p'
  A registered item is never deleted: its number stays in the register, without a gap.
  Correct what was registered wrong with `mail edit`, close a follow-up with `mail done`
  (`mail reopen` opens it again), file what is finished with `mail archive`.
  See officectl-mail(1).
  $ officectl mail rm IN-2026-0001
  officectl: unknown command "rm" for `officectl mail` (expected log, import, list, show, edit, tag, assign, done, reopen, reply, followup, search, stats, archive, rules, draft, note)
  [64]
