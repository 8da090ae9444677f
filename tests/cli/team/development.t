Skills against the roles' levels, training, interviews and their cycles, onboarding, vacancies.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,role,start\nan,An Peeters,office manager,2019-03-01\nbert,Bert Claes,secretary,2021-09-01\nfien,Fien Jacobs,secretary,2026-12-01\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ mkdir -p config/officectl
  $ cat > config/officectl/config.toml <<'TOML'
  > [team.required]
  > secretary = ["excel=3", "frans=2"]
  > 
  > [team.review]
  > evaluation = "2y"
  > 
  > [[team.onboarding]]
  > task = "Badge en sleutels ophalen"
  > 
  > [[team.onboarding]]
  > role = "secretary"
  > task = "Opleiding correspondentieregister"
  > after = "1w"
  > TOML

Skills: levels 0-4, the latest counts; gaps against what the role needs.

  $ officectl team skill set bert excel=2 frans=4 --date 2026-06-30
  bert: excel=2 frans=4 (as of 2026-06-30)
  $ officectl team skill set bert excel=3
  bert: excel=3 (as of 2026-12-02)
  $ officectl team skill set fien excel=1
  fien: excel=1 (as of 2026-12-02)
  $ officectl team skills
  who   role            excel  frans
  ----  --------------  -----  -----
  an    office manager
  bert  secretary       3      4
  fien  secretary       1<3    -<2
  $ officectl team skills --gaps -o md
  | who | role | excel | frans |
  | --- | --- | --- | --- |
  | fien | secretary | 1<3 | 0<2 |
  $ officectl team training add fien "Excel gevorderd" --date 2027-02-10 --provider Syntra --cost 450
  training 1 for fien: "Excel gevorderd" (planned)
  $ officectl team training done 1
  training 1 done: fien "Excel gevorderd"
  $ officectl team training list
  id  who   title            date        provider  cost      status
  --  ----  ---------------  ----------  --------  --------  ------
   1  fien  Excel gevorderd  2027-02-10  Syntra    \xe2\x82\xac 450,00  done (esc)

Interviews: the notes are confidential; due a cycle after the last one, or after the start.

  $ officectl team review log bert --kind functioning --date 2025-11-20 --notes "Wil meer verantwoordelijkheid"
  functioning interview 1 with bert on 2025-11-20
  $ officectl team review log bert --kind planning --date 2026-09-01
  planning interview 2 with bert on 2026-09-01
  $ officectl team review list
  id  who   kind         date        notes
  --  ----  -----------  ----------  --------------
   2  bert  planning     2026-09-01
   1  bert  functioning  2025-11-20  (confidential)
  $ officectl --show-confidential team review list | grep verantwoordelijkheid
   1  bert  functioning  2025-11-20  Wil meer verantwoordelijkheid
  $ officectl team review due --within 3m
  who   kind         last        due         status
  ----  -----------  ----------  ----------  -------
  bert  functioning  2025-11-20  2026-11-20  overdue
  an    evaluation               2026-12-02  due
  an    functioning              2026-12-02  due
  an    planning                 2026-12-02  due
  bert  evaluation               2026-12-02  due

Onboarding: the checklist becomes tasks due after the start; twice adds nothing.

  $ officectl team onboard fien
  2 onboarding tasks for fien
  $ officectl team onboard fien
  0 onboarding tasks for fien (all there already)
  $ officectl team task list --who fien
  id  title                              who   due         priority  estimate  origin           status
  --  ---------------------------------  ----  ----------  --------  --------  ---------------  -------
   1  Badge en sleutels ophalen          fien  2026-12-01  normal              onboarding:fien  overdue
   2  Opleiding correspondentieregister  fien  2026-12-08  normal              onboarding:fien  open
  $ officectl team task done 1
  done task 1: "Badge en sleutels ophalen" (fien)
  $ officectl team onboarding
  who   done  steps  overdue  next_due
  ----  ----  -----  -------  ----------
  fien     1      2        0  2026-12-08

Vacancies from the template.

  $ officectl team vacancy add "Administratief medewerker" --var company="Kantoor Peeters"
  officectl: template vacancy.nl needs: hours, tasks, profile, offer, deadline, contact (give them with --var name=value)
  [65]
  $ officectl team vacancy add "Administratief medewerker" --lang fr --var company="Bureau Peeters" --var hours="temps plein" --var tasks="Vous gérez le courrier." --var profile="Vous êtes précis." --var offer="Un contrat fixe." --var deadline="15 janvier 2027" --var contact=jobs@kantoor.be
  vacancy 1 "Administratief medewerker" (fr), a draft: `officectl team vacancy show 1`
  $ officectl team vacancy show 1
  # Offre d'emploi : Administratief medewerker
  
  Bureau Peeters recherche un(e) Administratief medewerker (temps plein).
  
  ## Vos missions
  
  Vous g\xc3\xa9rez le courrier. (esc)
  
  ## Votre profil
  
  Vous \xc3\xaates pr\xc3\xa9cis. (esc)
  
  ## Notre offre
  
  Un contrat fixe.
  
  Int\xc3\xa9ress\xc3\xa9(e) ? Envoyez votre CV et votre lettre de motivation avant le 15 janvier 2027 \xc3\xa0 jobs@kantoor.be. (esc)
  $ officectl team vacancy publish 1 --channels vdab,linkedin
  vacancy 1 "Administratief medewerker" published on vdab, linkedin
  $ officectl team vacancy close 1
  vacancy 1 "Administratief medewerker" closed
  $ officectl team vacancy publish 1 --channels website
  officectl: vacancy 1 is closed
  [65]
  $ officectl team vacancy list
  id  title                      lang  status  channels       created     published   closed
  --  -------------------------  ----  ------  -------------  ----------  ----------  ----------
   1  Administratief medewerker  fr    closed  vdab,linkedin  2026-12-02  2026-12-02  2026-12-02

Bad input.

  $ officectl team skill set bert excel=7
  officectl: "excel=7": expected skill=level with a level from 0 to 4 (excel=3)
  [65]
  $ officectl team skill set zoe excel=1
  officectl: no team member "zoe" (see `officectl team member list`)
  [66]
  $ officectl team review log bert --kind coffee
  officectl: --kind: unknown interview "coffee" (expected evaluation, functioning, planning)
  [65]
  $ officectl team training add bert "X" --status maybe
  officectl: --status: "maybe" is not planned or done (see `officectl team training add --help`)
  [64]
  $ officectl team training add bert "X" --cost lots
  officectl: --cost: invalid amount "lots": expected a number with an optional currency such as EUR
  [65]
  $ officectl team vacancy add "X" --lang de
  officectl: --lang: "de" is not nl, fr or en (see `officectl team vacancy add --help`)
  [64]
  $ officectl team vacancy show 9
  officectl: no vacancy 9 (see `officectl team vacancy list`)
  [66]
  $ officectl report weekly | sed -n '/^Tasks/,/^Absence/p'
  Tasks and workload
  ------------------
  
  No task is overdue.
  
  Nobody has more work than time this week.
  
  Interviews due within a month:
  who   kind         last        due         status
  ----  -----------  ----------  ----------  -------
  bert  functioning  2025-11-20  2026-11-20  overdue
  an    evaluation               2026-12-02  due
  an    functioning              2026-12-02  due
  an    planning                 2026-12-02  due
  bert  evaluation               2026-12-02  due
  
  Onboarding in progress:
  who   done  steps  overdue  next_due
  ----  ----  -----  -------  ----------
  fien     1      2        0  2026-12-08
  
  Absence
