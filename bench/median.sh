# Sourced by the bench scripts: one way to time a command.
# median_ms [RUNS] CMD...: the median wall time of CMD in milliseconds, after one
# warm-up run (we measure officectl, not the disk); RUNS defaults to 11.
median_ms() {
    local n=11
    if [[ $1 =~ ^[0-9]+$ ]]; then
        n=$1
        shift
    fi
    local times=() s e
    "$@" > /dev/null
    for _ in $(seq "$n"); do
        s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
        times+=($(( (e - s) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'
}
