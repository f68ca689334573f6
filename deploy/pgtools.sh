# shellcheck shell=bash
# deploy/pgtools.sh — finds PostgreSQL's client programs for deploy/backup.sh and restore.sh. Sourced, never run.

# anju_pg_tool NAME — prints the path of pg_dump, pg_restore or psql: from $ANJU_PG_BINDIR when set, else the one on
# PATH, else /usr/lib/postgresql/15/bin (what deploy/postgres/local.sh installs).
anju_pg_tool() {
    local name="$1" found
    if [[ -n "${ANJU_PG_BINDIR:-}" ]]; then
        [[ -x "${ANJU_PG_BINDIR}/${name}" ]] || anju_die "${ANJU_PG_BINDIR}/${name} not found (ANJU_PG_BINDIR)"
        printf '%s\n' "${ANJU_PG_BINDIR}/${name}"
    elif found="$(command -v "${name}" 2>/dev/null)"; then
        printf '%s\n' "${found}"
    elif [[ -x "/usr/lib/postgresql/15/bin/${name}" ]]; then
        printf '%s\n' "/usr/lib/postgresql/15/bin/${name}"
    else
        anju_die "${name} not found: install PostgreSQL's client programs (apt-get install postgresql-client-15) or set ANJU_PG_BINDIR"
    fi
}
