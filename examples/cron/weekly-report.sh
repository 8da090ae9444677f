#!/usr/bin/env bash
# Mails the weekly report (Markdown) to management. Crontab line, Mondays 07:00:
#   0 7 * * mon /usr/local/share/officectl/weekly-report.sh management@example.be
# Uses the system's mail command (bsd-mailx or mailutils); exits non-zero when
# the report cannot be made, so cron mails the error to the job's owner instead.
set -euo pipefail
to=${1:?usage: weekly-report.sh ADDRESS}
report=$(officectl --color never report weekly -o md)
week=$(officectl -o json report weekly | sed -n 's/.*"title": "Weekly report \([0-9W-]*\).*/\1/p' | head -1)
printf '%s\n' "$report" | mail -s "Weekly report ${week}" -a "Content-Type: text/markdown; charset=UTF-8" "$to"
