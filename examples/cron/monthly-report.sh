#!/usr/bin/env bash
# Mails last month's report (Markdown): the indicators with their trend, what
# is off target, the improvement plans' progress, what falls due. Crontab line,
# the first of the month at 07:00:
#   0 7 1 * * /usr/local/share/officectl/monthly-report.sh management@example.be
# Uses the system's mail command (bsd-mailx or mailutils); exits non-zero when
# the report cannot be made, so cron mails the error to the job's owner instead.
set -euo pipefail
to=${1:?usage: monthly-report.sh ADDRESS}
month=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)
report=$(officectl --color never report monthly --month "$month" -o md)
printf '%s\n' "$report" | mail -s "Monthly report ${month}" -a "Content-Type: text/markdown; charset=UTF-8" "$to"
