#!/usr/bin/env bash
# deploy/postgres/local.sh — a private PostgreSQL 15 for Anju development, demos and tests.
#
# Usage: deploy/postgres/local.sh start|stop|status|psql [args...]|url|app-url|roles|destroy
#
#   start    create (first time) and start the instance; wait until it accepts
#            connections; ensure the roles and database "anju" exist. A second
#            start is a no-op.
#   stop     fast shutdown; nothing is left running.
#   status   exit 0 if running, 3 if not.
#   psql     open psql as anju on database anju; extra args go to psql.
#   url      print the Npgsql connection string of the owner "anju" (migrations).
#   app-url  print the Npgsql connection string of "anju_app" (the hosts).
#   roles    ensure role "anju" (owner, CREATEDB), role "anju_app" (the hosts:
#            rows, never schema; the audit log only added to and read, granted
#            by migration 0011) and database "anju" exist, on a running instance.
#   destroy  stop, then delete this instance's folder (all its data).
#
# Environment:
#   ANJU_PG_PORT  TCP port (default 55432; the test suite uses 55433).
#
# The instance listens on 127.0.0.1 only, with TRUST authentication for
# 127.0.0.1/32 and the unix socket (no passwords): it is a private loopback
# instance for one machine, never a server to expose. Its socket lives in a
# folder only its owner can enter. Durability settings (fsync,
# synchronous_commit, full_page_writes) stay ON.
#
# Files live in /var/tmp/anju-pg/<hash of checkout path>-<port>/:
#   data/          the cluster (PGDATA)
#   postgres.log   server log
#   .s.PGSQL.<port> unix socket
# Run as root, initdb/postgres run as the "postgres" system user (they refuse
# to run as root); run as another user, they run as that user.

set -euo pipefail

readonly PG_MAJOR=15
readonly PGBIN="/usr/lib/postgresql/${PG_MAJOR}/bin"
readonly PORT="${ANJU_PG_PORT:-55432}"
readonly HOST=127.0.0.1
readonly APP_ROLE=anju               # owns database and schema; runs the migrations
readonly HOST_ROLE=anju_app          # what the silo and dashboard connect as
readonly APP_DB=anju
readonly SUPERUSER=postgres          # name of the bootstrap superuser given to initdb
readonly INSTANCES_ROOT=/var/tmp/anju-pg

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
CHECKOUT="$(cd "${SCRIPT_DIR}/../.." && pwd -P)"
CHECKOUT_HASH="$(printf '%s' "${CHECKOUT}" | sha256sum | cut -c1-12)"
readonly SCRIPT_DIR CHECKOUT CHECKOUT_HASH

readonly BASE="${INSTANCES_ROOT}/${CHECKOUT_HASH}-${PORT}"
readonly DATA="${BASE}/data"
readonly LOGFILE="${BASE}/postgres.log"
readonly SOCKDIR="${BASE}"

log() { printf 'local.sh: %s\n' "$*" >&2; }
die() { printf 'local.sh: error: %s\n' "$*" >&2; exit 1; }

is_root() { [[ "${EUID}" -eq 0 ]]; }

# OS user that owns (or will own) the cluster when this script runs as root:
# the owner of an existing instance folder, else the "postgres" system user.
owner_when_root() {
    local owner
    if [[ -d "${BASE}" ]]; then
        owner="$(stat -c %U "${BASE}")"
        if [[ "${owner}" != root ]]; then
            printf '%s\n' "${owner}"
            return 0
        fi
    fi
    printf 'postgres\n'
}

# Run a command as the OS user that owns the cluster (initdb and postgres
# refuse to run as root).
as_owner() {
    if is_root; then
        local owner
        owner="$(owner_when_root)"
        (cd / && runuser -u "${owner}" -- "$@")
    else
        "$@"
    fi
}

validate_port() {
    if [[ ! "${PORT}" =~ ^[0-9]+$ ]] || (( PORT < 1024 || PORT > 65535 )); then
        die "ANJU_PG_PORT must be a number between 1024 and 65535 (got '${PORT}')"
    fi
}

# --- installation ------------------------------------------------------------

ensure_binaries() {
    if [[ -x "${PGBIN}/postgres" && -x "${PGBIN}/initdb" && -x "${PGBIN}/pg_ctl" ]]; then
        return 0
    fi
    if ! is_root; then
        die "PostgreSQL ${PG_MAJOR} not found in ${PGBIN}. Install it as root: apt-get update && apt-get install -y postgresql-${PG_MAJOR} (or run this script as root once)."
    fi
    log "PostgreSQL ${PG_MAJOR} not found in ${PGBIN}; installing it with apt-get (running as root)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    local pkg="postgresql"
    if apt-cache show "postgresql-${PG_MAJOR}" >/dev/null 2>&1; then
        pkg="postgresql-${PG_MAJOR}"
    fi
    apt-get install -y "${pkg}"
    [[ -x "${PGBIN}/postgres" ]] || die "installed '${pkg}' but ${PGBIN}/postgres is still missing (this distribution ships another major version)"
    # The Debian package creates and may auto-start a default cluster on 5432.
    # We do not use it: stop it and keep it from starting on boot.
    if command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d "/etc/postgresql/${PG_MAJOR}/main" ]]; then
        log "stopping the package's default cluster ${PG_MAJOR}/main (not used by Anju)"
        pg_ctlcluster "${PG_MAJOR}" main stop 2>/dev/null || true
        echo manual > "/etc/postgresql/${PG_MAJOR}/main/start.conf"
    fi
}

ensure_os_user() {
    is_root || return 0
    if ! id -u postgres >/dev/null 2>&1; then
        log "creating system user 'postgres' to own the cluster"
        useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
}

# --- process state -----------------------------------------------------------

# Prints the postmaster pid if this cluster's postmaster is alive; fails otherwise.
# A pid file whose process is gone, or whose pid now belongs to another
# program (pids are reused, e.g. after a container restart), is stale.
running_pid() {
    local pidfile="${DATA}/postmaster.pid" pid cmdline
    [[ -f "${pidfile}" ]] || return 1
    pid="$(head -n 1 "${pidfile}" 2>/dev/null || true)"
    [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
    [[ -r "/proc/${pid}/cmdline" ]] || return 1
    cmdline="$(tr '\0' ' ' < "/proc/${pid}/cmdline" 2>/dev/null || true)"
    [[ "${cmdline}" == *postgres* && "${cmdline}" == *"${DATA}"* ]] || return 1
    printf '%s\n' "${pid}"
}

clear_stale_lock_files() {
    if [[ -f "${DATA}/postmaster.pid" ]]; then
        log "removing stale ${DATA}/postmaster.pid (no live postmaster of this cluster)"
        rm -f "${DATA}/postmaster.pid"
    fi
    rm -f "${SOCKDIR}/.s.PGSQL.${PORT}.lock" "${SOCKDIR}/.s.PGSQL.${PORT}"
}

is_ready() {
    "${PGBIN}/pg_isready" -q -h "${HOST}" -p "${PORT}" -d postgres -U "${SUPERUSER}" -t 2
}

# --- creation ----------------------------------------------------------------

prepare_folders() {
    if [[ ! -d "${INSTANCES_ROOT}" ]]; then
        mkdir -p "${INSTANCES_ROOT}"
        # Shared by all users like /tmp, so root-made and user-made instances coexist.
        chmod 1777 "${INSTANCES_ROOT}" 2>/dev/null || true
    fi
    mkdir -p "${BASE}"
    if is_root; then
        if [[ "$(stat -c %U "${BASE}")" == root ]]; then
            chown postgres:postgres "${BASE}"
        fi
    elif [[ ! -O "${BASE}" ]]; then
        die "${BASE} belongs to $(stat -c %U "${BASE}"); run as that user or as root"
    fi
    chmod 0700 "${BASE}"
}

write_settings() {
    # Rewritten on every start so edits to this script take effect.
    local conf="${DATA}/anju.conf"
    as_owner tee "${conf}" >/dev/null <<EOF
# Written by deploy/postgres/local.sh on every start; edit the script, not this file.
listen_addresses = '${HOST}'
port = ${PORT}
unix_socket_directories = '${SOCKDIR}'
unix_socket_permissions = 0700

# Sized for tests and demos on a 2-core machine.
# Three silos and two dashboard hosts of the local cluster hold at most ~450 (docs/configuration.md); under
# load they use far fewer, next to the test suite's own silos.
max_connections = 500
shared_buffers = 512MB
effective_cache_size = 1GB
work_mem = 8MB
maintenance_work_mem = 64MB
max_worker_processes = 4
max_parallel_workers = 2
max_parallel_workers_per_gather = 0
random_page_cost = 1.1
checkpoint_timeout = 15min
# Under steady writes most WAL is full-page images (a page's first change after each checkpoint writes
# all 8 KB of it): 63 % of the bytes at 2,000 dwelling changes/s with 1 GB, which forced a checkpoint
# every 3 minutes. Room for fewer checkpoints, and those images compressed.
max_wal_size = 4GB
wal_compression = lz4

# Durability stays on: a committed write survives a crash.
fsync = on
synchronous_commit = on
full_page_writes = on

timezone = 'UTC'
log_timezone = 'UTC'
log_line_prefix = '%m [%p] %q%u@%d '
log_min_duration_statement = 1000
log_lock_waits = on
EOF
}

init_cluster() {
    log "initialising a new cluster in ${DATA}"
    as_owner "${PGBIN}/initdb" \
        --pgdata="${DATA}" \
        --username="${SUPERUSER}" \
        --encoding=UTF8 \
        --locale=C \
        --auth-local=trust \
        --auth-host=trust \
        >"${BASE}/initdb.log" 2>&1 \
        || { cat "${BASE}/initdb.log" >&2; die "initdb failed (log above)"; }
    # Only the loopback address and the owner-only unix socket, both trusted.
    as_owner tee "${DATA}/pg_hba.conf" >/dev/null <<'EOF'
# Written by deploy/postgres/local.sh: private loopback instance, trust auth.
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  trust
EOF
    as_owner sh -c "printf '\ninclude = %s\n' \"'anju.conf'\" >> '${DATA}/postgresql.conf'"
}

psql_admin() {
    "${PGBIN}/psql" -X -q -v ON_ERROR_STOP=1 -h "${HOST}" -p "${PORT}" -U "${SUPERUSER}" -d postgres "$@"
}

ensure_role_and_database() {
    if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}'")" != 1 ]]; then
        log "creating role ${APP_ROLE}"
        psql_admin -c "CREATE ROLE ${APP_ROLE} LOGIN CREATEDB"
    fi
    # Creating a role needs a superuser, so it is made here; the migrations grant it its privileges.
    if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '${HOST_ROLE}'")" != 1 ]]; then
        log "creating role ${HOST_ROLE}"
        psql_admin -c "CREATE ROLE ${HOST_ROLE} LOGIN NOCREATEDB NOCREATEROLE NOINHERIT"
    fi
    if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '${APP_DB}'")" != 1 ]]; then
        log "creating database ${APP_DB} owned by ${APP_ROLE}"
        psql_admin -c "CREATE DATABASE ${APP_DB} OWNER ${APP_ROLE} ENCODING 'UTF8' TEMPLATE template0"
    fi
}

# --- commands ----------------------------------------------------------------

cmd_start() {
    local pid
    if pid="$(running_pid)"; then
        log "already running (pid ${pid}, port ${PORT}, data ${DATA})"
        return 0
    fi
    ensure_binaries
    ensure_os_user
    prepare_folders
    if [[ ! -s "${DATA}/PG_VERSION" ]]; then
        if [[ -d "${DATA}" ]] && [[ -n "$(ls -A "${DATA}" 2>/dev/null)" ]]; then
            die "${DATA} exists but holds no cluster; remove it (local.sh destroy) and start again"
        fi
        init_cluster
    else
        local version
        version="$(cat "${DATA}/PG_VERSION")"
        [[ "${version}" == "${PG_MAJOR}" ]] || die "${DATA} holds a PostgreSQL ${version} cluster, expected ${PG_MAJOR}"
    fi
    clear_stale_lock_files
    write_settings

    log "starting PostgreSQL ${PG_MAJOR} on ${HOST}:${PORT} (log: ${LOGFILE})"
    if ! as_owner "${PGBIN}/pg_ctl" start -D "${DATA}" -l "${LOGFILE}" -w -t 60 -s; then
        tail -n 30 "${LOGFILE}" >&2 || true
        die "the server did not start (log tail above)"
    fi
    local tries=0
    until is_ready; do
        tries=$((tries + 1))
        (( tries < 60 )) || { tail -n 30 "${LOGFILE}" >&2 || true; die "server not accepting connections after 60s"; }
        sleep 1
    done
    ensure_role_and_database
    log "ready: $(cmd_url)"
}

cmd_stop() {
    local pid
    if ! pid="$(running_pid)"; then
        if [[ -f "${DATA}/postmaster.pid" ]]; then
            clear_stale_lock_files
        fi
        log "not running (port ${PORT})"
        return 0
    fi
    log "stopping (pid ${pid}, fast mode)"
    as_owner "${PGBIN}/pg_ctl" stop -D "${DATA}" -m fast -w -t 60 -s \
        || as_owner "${PGBIN}/pg_ctl" stop -D "${DATA}" -m immediate -w -t 30 -s \
        || true
    local tries=0
    while [[ -d "/proc/${pid}" ]]; do
        tries=$((tries + 1))
        (( tries < 30 )) || die "postmaster ${pid} is still running after stop"
        sleep 1
    done
    log "stopped"
}

cmd_status() {
    local pid
    if pid="$(running_pid)"; then
        if is_ready; then
            echo "running: pid ${pid}, ${HOST}:${PORT}, data ${DATA}"
        else
            echo "running but not accepting connections yet: pid ${pid}, ${HOST}:${PORT}, data ${DATA}"
        fi
        return 0
    fi
    echo "not running (port ${PORT}, data ${DATA})"
    return 3
}

cmd_url() {
    printf 'Host=%s;Port=%s;Database=%s;Username=%s\n' "${HOST}" "${PORT}" "${APP_DB}" "${APP_ROLE}"
}

cmd_app_url() {
    printf 'Host=%s;Port=%s;Database=%s;Username=%s\n' "${HOST}" "${PORT}" "${APP_DB}" "${HOST_ROLE}"
}

cmd_roles() {
    running_pid >/dev/null || die "not running on port ${PORT}; run: $0 start"
    ensure_role_and_database
}

cmd_psql() {
    running_pid >/dev/null || die "not running on port ${PORT}; run: $0 start"
    exec "${PGBIN}/psql" -h "${HOST}" -p "${PORT}" -U "${APP_ROLE}" -d "${APP_DB}" "$@"
}

cmd_destroy() {
    cmd_stop
    case "${BASE}" in
        "${INSTANCES_ROOT}"/?*) ;;
        *) die "refusing to delete unexpected path ${BASE}" ;;
    esac
    if [[ -d "${BASE}" ]]; then
        rm -rf -- "${BASE}"
        log "deleted ${BASE}"
    fi
}

usage() {
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
}

main() {
    validate_port
    local cmd="${1:-}"
    if [[ $# -gt 0 ]]; then shift; fi
    case "${cmd}" in
        start)   cmd_start ;;
        stop)    cmd_stop ;;
        status)  cmd_status ;;
        url)     cmd_url ;;
        app-url) cmd_app_url ;;
        roles)   cmd_roles ;;
        psql)    cmd_psql "$@" ;;
        destroy) cmd_destroy ;;
        -h|--help|help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
