#!/usr/bin/env bash
# deploy/restore.sh — restores a deploy/backup.sh dump into a fresh or emptied Anju database.
#
#   bash deploy/restore.sh [-h HOST] [-p PORT] [-U USER] [-d DATABASE] [--recreate] [--jobs N] FILE
#
# Stop every silo and dashboard host first (systemctl stop anju-silo anju-dashboard, or scale the Deployments to
# 0): a restore replaces the cluster's state under them.
#
# Without --recreate the database must exist and hold no tables (a fresh CREATE DATABASE ... OWNER anju): a
# restore never merges into a database with rows. --recreate drops the database and creates it again, owned by
# the connecting user (it must own the database and have CREATEDB, as anju does on deploy/postgres/local.sh's
# server); it refuses while other sessions are connected.
#
# Defaults as for deploy/backup.sh: host $PGHOST or 127.0.0.1, port $PGPORT or $ANJU_PG_PORT or 55432, user anju,
# database anju. The roles the dump names (anju, anju_app) must exist on the server (deploy/postgres/local.sh
# roles). Owners and grants come back as they were dumped. By default the whole restore is one transaction
# (nothing is left half-restored); --jobs N restores N tables at once instead (faster for a big city, not atomic:
# on failure, --recreate and run it again). Tables are analysed afterwards so the planner has statistics.
# The silos' schema check then finds every migration the dump held; a newer build applies the rest as usual.

set -euo pipefail

ANJU_SCRIPT=restore.sh
# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=deploy/pgtools.sh
source "$(dirname "${BASH_SOURCE[0]}")/pgtools.sh"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }

host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-${ANJU_PG_PORT:-55432}}"
user=anju
database=anju
recreate=0
jobs=0
file=""
while (($# > 0)); do
    case "$1" in
        -h | --host) host="$2"; shift ;;
        -p | --port) port="$2"; shift ;;
        -U | --user) user="$2"; shift ;;
        -d | --dbname) database="$2"; shift ;;
        --recreate) recreate=1 ;;
        --jobs) jobs="$2"; shift ;;
        --help) usage; exit 0 ;;
        -*) usage >&2; exit 2 ;;
        *) [[ -z "${file}" ]] || { usage >&2; exit 2; }; file="$1" ;;
    esac
    shift
done
[[ -n "${file}" ]] || { usage >&2; exit 2; }
[[ -r "${file}" ]] || anju_die "cannot read ${file}"
[[ "${database}" =~ ^[a-z_][a-z0-9_]*$ ]] || anju_die "database name '${database}' is not a plain lower-case identifier"
[[ "${jobs}" =~ ^[0-9]+$ ]] || anju_die "--jobs takes a number"

psql="$(anju_pg_tool psql)"
pg_restore="$(anju_pg_tool pg_restore)"
"${pg_restore}" --list "${file}" >/dev/null || anju_die "${file} is not a pg_dump custom-format archive"

# q DATABASE SQL — one value from the server.
q() { "${psql}" -X -q -At -v ON_ERROR_STOP=1 --no-password -h "${host}" -p "${port}" -U "${user}" -d "$1" -c "$2"; }

for role in anju anju_app; do
    [[ "$(q postgres "SELECT 1 FROM pg_roles WHERE rolname = '${role}'")" == 1 ]] \
        || anju_die "role ${role} does not exist on ${host}:${port}; create it first (deploy/postgres/local.sh roles, or the DBA)"
done

exists="$(q postgres "SELECT 1 FROM pg_database WHERE datname = '${database}'")"
if ((recreate)); then
    if [[ "${exists}" == 1 ]]; then
        others="$(q postgres "SELECT count(*) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()")"
        ((others == 0)) || anju_die "${others} session(s) still connected to ${database}: stop the silos and dashboard hosts first"
        anju_log "dropping database ${database}"
        q postgres "DROP DATABASE ${database}"
    fi
    anju_log "creating database ${database} owned by ${user}"
    q postgres "CREATE DATABASE ${database} OWNER ${user} ENCODING 'UTF8' TEMPLATE template0"
else
    [[ "${exists}" == 1 ]] || anju_die "database ${database} does not exist: create it (CREATE DATABASE ${database} OWNER anju) or pass --recreate"
    tables="$(q "${database}" "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")"
    ((tables == 0)) || anju_die "database ${database} holds ${tables} table(s): restore only into an empty database (or pass --recreate)"
fi

anju_log "restoring ${file} into ${database} on ${host}:${port} as ${user}"
args=(--host="${host}" --port="${port}" --username="${user}" --dbname="${database}" --no-password --exit-on-error)
if ((jobs > 1)); then
    args+=(--jobs="${jobs}")
else
    args+=(--single-transaction)
fi
"${pg_restore}" "${args[@]}" "${file}"
q "${database}" "SET client_min_messages = error; ANALYZE" >/dev/null
migrations="$(q "${database}" "SELECT count(*) FROM anju_schema_migrations" 2>/dev/null || echo 0)"
anju_log "done: ${database} restored (${migrations} migrations recorded); start the silos, then the dashboard hosts"
