#!/usr/bin/env bash
# Runs the whole release suite (unit tests and transcripts) again with the
# machine's clock moved far away by libfaketime: a leap day in the past, and a
# New Year's Eve years ahead that turns over during the run. Every test pins
# "today" (OFFICECTL_TODAY, --as-of), so none may notice. (A third run, on an
# ordinary day in 2031, found nothing these two do not, and cost 90 s of CI.)
#   tests/other_dates.sh            (from the source folder, after the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "other_dates.sh: faketime is missing (Debian package faketime)" >&2; exit 69; }
# man-db's seccomp sandbox refuses libfaketime's semaphores; the man page checks run without it.
export MAN_DISABLE_SECCOMP=1
failed=()
for when in "2024-02-29 12:00:00" "2035-12-31 23:59:30"; do
    echo "== the suite with the machine's clock at $when"
    # '@' starts the fake clock at that moment and lets it run on.
    if ! faketime -f "@$when" ctest --preset release -j "${JOBS:-$(nproc)}"; then
        failed+=("$when")
    fi
done
if ((${#failed[@]})); then
    printf 'other_dates.sh: the suite fails with the clock at %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "other_dates.sh: the suite passes at every date"
