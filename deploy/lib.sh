# shellcheck shell=bash
# deploy/lib.sh — helpers shared by deploy/setup.sh, run.sh and test.sh.
# Sourced, never run. Needs only bash and coreutils (no curl, no python).

# Repository root: the parent of this file's folder.
ANJU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
ANJU_PG_SCRIPT="${ANJU_ROOT}/deploy/postgres/local.sh"
# shellcheck disable=SC2034 # used by the scripts that source this file
ANJU_PGBIN="/usr/lib/postgresql/15/bin"

# Quieter, offline-friendly dotnet.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

anju_log() { printf '%s: %s\n' "${ANJU_SCRIPT:-anju}" "$*"; }
anju_warn() { printf '%s: warning: %s\n' "${ANJU_SCRIPT:-anju}" "$*" >&2; }
anju_die() { printf '%s: error: %s\n' "${ANJU_SCRIPT:-anju}" "$*" >&2; exit 1; }

# anju_http_status URL — prints the HTTP status code of a GET, or 000 when
# nothing answers within 5 s. Uses bash's /dev/tcp, so curl is not needed.
# Only plain http://host[:port][/path] URLs.
anju_http_status() {
    local url="${1#http://}" hostport path host port code
    hostport="${url%%/*}"
    if [[ "${url}" == */* ]]; then path="/${url#*/}"; else path=/; fi
    host="${hostport%%:*}"
    if [[ "${hostport}" == *:* ]]; then port="${hostport##*:}"; else port=80; fi
    # shellcheck disable=SC2016 # $1.. expand in the inner bash
    code="$(timeout 5 bash -c '
        exec 3<>"/dev/tcp/$1/$2" || exit 1
        printf "GET %s HTTP/1.0\r\nHost: %s:%s\r\nConnection: close\r\n\r\n" "$3" "$1" "$2" >&3
        IFS=" " read -r _ status _ <&3 && printf "%s" "${status}"
    ' _ "${host}" "${port}" "${path}" 2>/dev/null || true)"
    [[ "${code}" =~ ^[0-9]{3}$ ]] || code=000
    printf '%s\n' "${code}"
}

# anju_pg PORT ARGS... — deploy/postgres/local.sh on the given port.
anju_pg() {
    local port="$1"
    shift
    ANJU_PG_PORT="${port}" bash "${ANJU_PG_SCRIPT}" "$@"
}

# anju_pg_running PORT — true when this checkout's instance on PORT runs.
anju_pg_running() {
    anju_pg "$1" status >/dev/null 2>&1
}
