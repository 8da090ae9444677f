# Sourced by every transcript: a clean environment with a pinned clock, so the
# output is the same on every machine. Each transcript runs in its own temp dir.
export XDG_CONFIG_HOME="$PWD/config" XDG_DATA_HOME="$PWD/data" HOME="$PWD/home" USER=tester
export OFFICECTL_TODAY=2026-12-02 NO_COLOR=1
unset OFFICECTL_DB OFFICECTL_CONFIG
mkdir -p "$HOME"
