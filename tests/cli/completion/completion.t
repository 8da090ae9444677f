Completion: the scripts load in bash, zsh and fish and ask `officectl __complete`.

  $ . "$TESTDIR/../setup.sh"
  $ officectl team member add an --name An >/dev/null
  $ officectl team member add bert --name Bert >/dev/null
  $ officectl __complete -- ''
  init
  team
  contact
  mail
  dossier
  contract
  budget
  trip
  event
  agenda
  absence
  improve
  report
  due
  search
  history
  undo
  db
  config
  completion
  $ officectl __complete -- team member ''
  add
  list
  show
  edit
  rm
  import
  export
  $ officectl __complete -- team member show ''
  an
  bert
  $ officectl __complete -- team member add x --manager b
  bert
  $ officectl __complete -- -o ''
  table
  csv
  md
  html
  json
  json-schema
  xlsx
  $ officectl __complete -- team member list --s
  --status
  --sort
  --show-confidential
  $ officectl agenda room add "Vergaderzaal 1" >/dev/null
  $ officectl __complete -- agenda ''
  add
  list
  show
  today
  week
  edit
  cancel
  rm
  room
  rooms
  conflicts
  free
  item
  minutes
  decisions
  print
  export
  import
  $ officectl __complete -- agenda add x --room ''
  Vergaderzaal 1
  $ officectl __complete -- agenda add x --every ''
  day
  week
  month
  year
  $ officectl __complete -- agenda list --status ''
  confirmed
  tentative
  cancelled
  all
  $ officectl __complete -- db backup ''
  __files__
  $ officectl --db elsewhere.db __complete -- team member show ''
  $ test -e elsewhere.db || echo "no store created"
  no store created

The scripts are the files in completions/, and each shell accepts them.

  $ officectl completion bash | cmp - "$OFFICECTL_SOURCE/completions/officectl.bash" && echo same
  same
  $ officectl completion zsh | cmp - "$OFFICECTL_SOURCE/completions/_officectl" && echo same
  same
  $ officectl completion fish | cmp - "$OFFICECTL_SOURCE/completions/officectl.fish" && echo same
  same
  $ officectl completion tcsh
  officectl: unknown shell "tcsh" (use bash, zsh or fish)
  [64]
  $ bash -c 'source <(officectl completion bash); COMP_WORDS=(officectl team member show ""); COMP_CWORD=4; _officectl; echo "${COMPREPLY[*]}"'
  an bert
  $ bash -c 'source <(officectl completion bash); COMP_WORDS=(officectl te); COMP_CWORD=1; _officectl; echo "${COMPREPLY[*]}"'
  team
  $ fish -c 'source (officectl completion fish | psub); complete -C"officectl team member rm "'
  an
  bert
  $ fish -c 'source (officectl completion fish | psub); complete -C"officectl rep"'
  report
  $ zsh -c 'officectl completion zsh > _officectl; fpath=($PWD $fpath); autoload -Uz compinit; compinit -u -d $PWD/.zcompdump; print ${_comps[officectl]}'
  _officectl

Relations and notes complete too.

  $ officectl contact add "Ricoh Belgium" --type supplier > /dev/null
  $ officectl __complete -- contact show ''
  Ricoh Belgium
  $ officectl __complete -- contact add x --type s
  supplier
  $ officectl __complete -- mail note ack NOTE-1 ''
  an
  bert

Dossiers: the verbs, the kinds, their required document types, the statuses (candidates from cli_completion.cpp).

  $ officectl __complete -- dossier ''
  add
  list
  show
  edit
  note
  close
  reopen
  hold
  release
  kinds
  doc
  verify
  check
  retention
  purge
  $ officectl __complete -- dossier add x --kind ''
  insurance
  personnel
  project
  supplier
  vehicle
  $ officectl __complete -- dossier doc add 1 --type arb
  arbeidsovereenkomst
  $ officectl __complete -- dossier list --status ''
  open
  closed
  archived
  destroyed
  $ bash -c 'source <(officectl completion bash); COMP_WORDS=(officectl dossier pu); COMP_CWORD=2; _officectl; printf "%s\n" "${COMPREPLY[@]}"'
  purge
  $ officectl __complete -- budget spend 6100 --vat ''
  0
  6
  12
  21
  $ officectl __complete -- event add X --kind ''
  reception
  seminar
  $ officectl __complete -- improve kpi show ''
  mail_answer_days
  followups_overdue
  notice_missed
  dossier_completeness
  retention_overdue
  absence_rate
  sick_frequency
  budget_over_plan
  tasks_overdue
  event_tasks_late
  decisions_overdue
  $ officectl __complete -- improve finding add X --impact ''
  low
  medium
  high
  $ officectl __complete -- improve plan add 1 X --type ''
  corrective
  preventive
  improvement
  $ officectl __complete -- event supplier set 1 --status ''
  asked
  offered
  chosen
  contracted
  $ officectl __complete -- trip leg add 1 --mode ''
  train
  flight
  car
  taxi
  bus
  $ officectl __complete -- budget hours report --by ''
  person
  project
  $ officectl -q budget project add "Verhuis 2027"
  1
  $ officectl __complete -- budget hours log an 2 --project ''
  Verhuis 2027
