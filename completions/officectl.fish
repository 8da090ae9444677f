# fish completion for officectl. Candidates come from `officectl __complete`,
# which reads the command tree and, for people handles, the store.
function __officectl_complete
    set -l tokens (commandline -opc) (commandline -ct)
    set -e tokens[1]
    set -l out (officectl __complete -- $tokens 2>/dev/null)
    if test "$out" = __files__
        __fish_complete_path (commandline -ct)
        return
    end
    printf '%s\n' $out
end
complete -c officectl -f -a '(__officectl_complete)'
