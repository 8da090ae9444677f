# bash completion for officectl. Candidates come from `officectl __complete`,
# which reads the command tree and, for people handles, the store.
_officectl() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local IFS=$'\n'
    local candidates
    candidates=$(officectl __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
    if [[ $candidates == __files__ ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -F _officectl officectl
