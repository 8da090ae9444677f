#!/usr/bin/env bash
# Mails last month's report: the indicators with their trend drawn, what is off
# target, the improvement plans' progress, what falls due; HTML with charts and
# the same as plain text. Crontab line, the first of the month at 07:00:
#   0 7 1 * * /usr/local/share/officectl/monthly-report.sh management@example.be [office@example.be]
# Needs a sendmail: the mail server's (postfix, exim) or msmtp's (msmtp-mta);
# SENDMAIL names another. Exits non-zero when the report cannot be made (and
# sends nothing), so cron mails the error to the job's owner instead.
set -euo pipefail
to=${1:?usage: monthly-report.sh ADDRESS [FROM]}
from=${2:-}
message=$(officectl report monthly --month last-month --mail-to "$to" ${from:+--mail-from "$from"})
printf '%s\n' "$message" | "${SENDMAIL:-/usr/sbin/sendmail}" -t
