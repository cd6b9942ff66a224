#!/usr/bin/env bash
# Backs Hasila's PostgreSQL database up with pg_dump: one consistent snapshot, taken while the instances serve,
# in pg_dump's custom format (compressed; pg_restore reads it). One file a run in BACKUP_DIR; files beyond the
# newest KEEP are deleted. Prints the file's name.
#   ops/backup.sh [DATABASE=hasila]
# Connects with libpq's own variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass), as the app's role or a
# role that may read every table. Environment: BACKUP_DIR (/var/backups/hasila), KEEP (14).
set -euo pipefail
db=${1:-${PGDATABASE:-hasila}}
dir=${BACKUP_DIR:-/var/backups/hasila}
keep=${KEEP:-14}
mkdir -p "$dir"
file="$dir/$db-$(date -u +%Y%m%dT%H%M%SZ).dump"
# Written under another name first, so that a failed run never leaves a file that looks like a backup
pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "$db"
mv "$file.partial" "$file"
ls -1t "$dir/$db"-*.dump | tail -n +$((keep + 1)) | xargs -r rm --
echo "$file"
