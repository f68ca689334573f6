#!/usr/bin/env bash
# deploy/backup.sh — a logical backup of the Anju database: pg_dump's custom format (compressed, restorable
# table by table, in parallel), taken from one consistent snapshot while the hosts keep running.
#
#   bash deploy/backup.sh [-h HOST] [-p PORT] [-U USER] [-d DATABASE] [-f FILE] [--keep N]
#
# Defaults: host $PGHOST or 127.0.0.1, port $PGPORT or $ANJU_PG_PORT or 55432 (deploy/postgres/local.sh's server),
# user anju (the schema owner; any role that can read every table will do), database anju,
# file <DATABASE>-<UTC time>.dump in $ANJU_BACKUP_DIR (default .data/backups). --keep N then deletes all but the N
# newest <DATABASE>-*.dump files of that folder (never with -f). The password comes the libpq way ($PGPASSWORD or
# ~/.pgpass). deploy/systemd/anju-backup.timer runs it nightly.
# The dump keeps owners and grants (objects owned by anju, rows granted to anju_app by migration 0011), not the
# roles themselves: they belong to the server (deploy/postgres/local.sh roles, or the DBA), so a restore needs them.
# The file is written beside its final name and renamed once pg_dump succeeded and its table of contents reads
# back, so a failed run never leaves a file that looks like a backup. Restore: deploy/restore.sh.
#
# Binaries: $ANJU_PG_BINDIR, else pg_dump on PATH, else /usr/lib/postgresql/15/bin. pg_dump must be at least the
# server's major version.

set -euo pipefail

ANJU_SCRIPT=backup.sh
# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=deploy/pgtools.sh
source "$(dirname "${BASH_SOURCE[0]}")/pgtools.sh"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }

host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-${ANJU_PG_PORT:-55432}}"
user=anju
database=anju
file=""
keep=0
while (($# > 0)); do
    case "$1" in
        -h | --host) host="$2"; shift ;;
        -p | --port) port="$2"; shift ;;
        -U | --user) user="$2"; shift ;;
        -d | --dbname) database="$2"; shift ;;
        -f | --file) file="$2"; shift ;;
        --keep) keep="$2"; shift ;;
        --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

pg_dump="$(anju_pg_tool pg_dump)"
pg_restore="$(anju_pg_tool pg_restore)"
[[ "${keep}" =~ ^[0-9]+$ ]] || anju_die "--keep takes a number"
folder="${ANJU_BACKUP_DIR:-${ANJU_ROOT}/.data/backups}"
if [[ -z "${file}" ]]; then
    mkdir -p "${folder}"
    file="${folder}/${database}-$(date -u +%Y%m%dT%H%M%SZ).dump"
elif ((keep > 0)); then
    anju_die "--keep prunes the dated dumps of ANJU_BACKUP_DIR; it does not go with -f"
fi
partial="${file}.partial"
trap 'rm -f -- "${partial}"' EXIT

anju_log "dumping database ${database} on ${host}:${port} as ${user} to ${file}"
# Custom format (-Fc): compressed, and pg_restore can pick, reorder and parallelise it. One snapshot: the rows of
# every table are as of the same instant, although the hosts keep writing.
"${pg_dump}" --host="${host}" --port="${port}" --username="${user}" --dbname="${database}" \
    --format=custom --compress=6 --no-password --file="${partial}"
entries="$("${pg_restore}" --list "${partial}" | grep -cv '^;' || true)"
((entries > 0)) || anju_die "the dump ${partial} reads back empty"
mv -f -- "${partial}" "${file}"
anju_log "done: ${file} ($(du -h "${file}" | cut -f1), ${entries} entries)"
if ((keep > 0)); then
    # The names sort by time (UTC, fixed width): everything before the newest N goes.
    mapfile -t old < <(find "${folder}" -maxdepth 1 -name "${database}-*.dump" -printf '%f\n' | sort | head -n "-${keep}")
    for name in "${old[@]}"; do
        rm -f -- "${folder:?}/${name}"
        anju_log "removed ${name} (keeping the newest ${keep})"
    done
fi
