# Sourced by transcripts that race two writers, deterministically:
#
#   hold_write_lock office.db      another connection (the sqlite3 shell) takes the
#                                  store's write lock (BEGIN IMMEDIATE) and keeps it
#   officectl ... & pid=$!         the command under test starts and must wait
#   wait_blocked $pid              returns once it does: it sleeps in SQLite's busy
#                                  handler, so whatever it read before asking for
#                                  the lock, it has read
#   release_write_lock "SQL"       the other connection commits SQL and lets go
#   wait $pid                      the command goes on, and must see SQL's change
#
# No sleep decides the order: the command is known to be waiting before the other
# connection changes anything.

hold_write_lock() {
    coproc HOLDER { sqlite3 -batch "$1"; }
    printf '.timeout 10000\nBEGIN IMMEDIATE;\nSELECT %s;\n' "'locked'" >&"${HOLDER[1]}"
    local answer
    read -r -t 10 -u "${HOLDER[0]}" answer
    [ "$answer" = locked ] || { echo "could not take the write lock"; return 1; }
}

release_write_lock() {
    local fd="${HOLDER[1]}" pid="$HOLDER_PID"
    printf '%s;\nCOMMIT;\n' "$1" >&"$fd"
    exec {fd}>&-
    wait "$pid"
}

# True once process $1 sleeps (in SQLite's busy handler: nothing else in officectl
# sleeps), waiting for the lock; fails if it ends first or never waits.
wait_blocked() {
    local i state
    for i in $(seq 1 2000); do
        kill -0 "$1" 2>/dev/null || { echo "process $1 ended without waiting for the lock"; return 1; }
        state="$(cat "/proc/$1/wchan" 2>/dev/null) $(cut -d' ' -f1 "/proc/$1/syscall" 2>/dev/null)"
        case "$(uname -m) $state" in
        *nanosleep*) return 0 ;;                           # the kernel names the wait
        "x86_64 "*" 35" | "x86_64 "*" 230") return 0 ;;    # nanosleep, clock_nanosleep
        "aarch64 "*" 101" | "aarch64 "*" 115") return 0 ;;
        esac
        sleep 0.01
    done
    echo "process $1 never waited for the lock"
    return 1
}
