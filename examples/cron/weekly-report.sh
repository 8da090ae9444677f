#!/usr/bin/env bash
# Mails this week's report to management: HTML with charts, and the same as
# plain text for clients that want it. Crontab line, Mondays 07:00:
#   0 7 * * mon /usr/local/share/officectl/weekly-report.sh management@example.be [office@example.be]
# Needs a sendmail: the mail server's (postfix, exim) or msmtp's (msmtp-mta);
# SENDMAIL names another. Exits non-zero when the report cannot be made (and
# sends nothing), so cron mails the error to the job's owner instead.
set -euo pipefail
to=${1:?usage: weekly-report.sh ADDRESS [FROM]}
from=${2:-}
message=$(officectl report weekly --mail-to "$to" ${from:+--mail-from "$from"})
printf '%s\n' "$message" | "${SENDMAIL:-/usr/sbin/sendmail}" -t
