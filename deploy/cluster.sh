#!/usr/bin/env bash
# deploy/cluster.sh — the local multi-node mode: one Orleans cluster of N silos and M dashboard hosts on loopback
# ports, against the private PostgreSQL of deploy/postgres/local.sh. The harness of the fault tests and of sizing
# runs; a real deployment runs the same hosts under a service manager (deploy/README.md).
#
#   bash deploy/cluster.sh start [--silos N] [--dashboards M]   (defaults 3 and 2)
#   bash deploy/cluster.sh status     which hosts run, and the cluster's membership table
#   bash deploy/cluster.sh kill K     SIGKILL silo K (1-based), as a power cut would
#   bash deploy/cluster.sh restart K  start silo K again on its ports (a new generation of it)
#   bash deploy/cluster.sh stop       stop every host it started (SIGTERM, then SIGKILL after 20 s)
#
# Silo K listens on http://127.0.0.1:(ANJU_CLUSTER_API_BASE + K) (default 5180 + K), silo port
# ANJU_CLUSTER_SILO_BASE + K (11200 + K) and gateway ANJU_CLUSTER_GATEWAY_BASE + K (30100 + K); dashboard host J on
# http://127.0.0.1:(ANJU_CLUSTER_DASHBOARD_BASE + J) (default 5100 + J), forwarding /api to silo ((J - 1) mod N) + 1.
# The cluster id is anju-local, the service id anju (the demo database's); start applies the schema. Logs:
# .data/logs/cluster-silo-K.log, cluster-dashboard-J.log; process ids: .data/cluster/. It builds nothing: dotnet
# build Anju.slnx -c Release first.
#
# Environment: ANJU_PG_PORT (55432), ANJU_CLUSTER_API_BASE (5180), ANJU_CLUSTER_DASHBOARD_BASE (5100),
# ANJU_CLUSTER_SILO_BASE (11200), ANJU_CLUSTER_GATEWAY_BASE (30100), ANJU_CLUSTER_STATE (process ids, .data/cluster),
# ANJU_CLUSTER_LOGS (.data/logs), ANJU_STARTUP_TIMEOUT (seconds to wait for each /health, 180). A test gives its
# own ports and folders, so it neither collides with nor stops a cluster a developer runs from the same checkout.

set -euo pipefail

ANJU_SCRIPT=cluster.sh
# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PORT="${ANJU_PG_PORT:-55432}"
API_BASE="${ANJU_CLUSTER_API_BASE:-5180}"
DASHBOARD_BASE="${ANJU_CLUSTER_DASHBOARD_BASE:-5100}"
SILO_BASE="${ANJU_CLUSTER_SILO_BASE:-11200}"
GATEWAY_BASE="${ANJU_CLUSTER_GATEWAY_BASE:-30100}"
STARTUP_TIMEOUT="${ANJU_STARTUP_TIMEOUT:-180}"
STATE="${ANJU_CLUSTER_STATE:-${ANJU_ROOT}/.data/cluster}"
LOG_DIR="${ANJU_CLUSTER_LOGS:-${ANJU_ROOT}/.data/logs}"
SILO_DIR="${ANJU_ROOT}/src/Silo/bin/Release/net10.0"
DASHBOARD_DIR="${ANJU_ROOT}/src/Dashboard/bin/Release/net10.0"

usage() { sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

wait_healthy() {
    local name="$1" url="$2" pid="$3" deadline
    deadline=$(($(date +%s) + STARTUP_TIMEOUT))
    until [[ "$(anju_http_status "${url}/health")" == 200 ]]; do
        kill -0 "${pid}" 2>/dev/null || anju_die "${name} exited while starting (log: ${LOG_DIR#"${ANJU_ROOT}/"}/cluster-${name}.log)"
        (($(date +%s) < deadline)) || anju_die "${name} did not answer 200 on ${url}/health within ${STARTUP_TIMEOUT}s"
        sleep 1
    done
    anju_log "${name} is up: ${url}"
}

# start_host NAME DIR DLL URL [VAR=VALUE...] — one host in the background, its pid in .data/cluster/NAME.pid.
start_host() {
    local name="$1" dir="$2" dll="$3" url="$4" pid
    shift 4
    [[ -f "${dir}/${dll}" ]] || anju_die "${dir}/${dll} is missing: dotnet build Anju.slnx -c Release first"
    (
        cd "${dir}"
        export ConnectionStrings__Anju="${CONNECTION}" Orleans__ClusterId=anju-local Orleans__ServiceId=anju \
            Database__Migrate=false Urls="${url}" "$@"
        exec setsid dotnet "${dll}" >>"${LOG_DIR}/cluster-${name}.log" 2>&1 </dev/null
    ) &
    pid=$!
    printf '%s\n' "${pid}" >"${STATE}/${name}.pid"
    printf '%s\n' "${url}" >"${STATE}/${name}.url"
    anju_log "started ${name} (pid ${pid})"
    wait_healthy "${name}" "${url}" "${pid}"
}

start_silo() {
    local k="$1"
    start_host "silo-${k}" "${SILO_DIR}" Anju.Silo.dll "http://127.0.0.1:$((API_BASE + k))" \
        Orleans__SiloPort=$((SILO_BASE + k)) Orleans__GatewayPort=$((GATEWAY_BASE + k))
}

pid_of() { [[ -f "${STATE}/$1.pid" ]] && cat "${STATE}/$1.pid"; }

stop_host() {
    local name="$1" pid waited=0
    pid="$(pid_of "${name}")" || return 0
    if kill -0 "${pid}" 2>/dev/null; then
        anju_log "stopping ${name} (pid ${pid})"
        kill -TERM "${pid}" 2>/dev/null || true
        while kill -0 "${pid}" 2>/dev/null && ((waited < 100)); do sleep 0.2; waited=$((waited + 1)); done
        kill -KILL "${pid}" 2>/dev/null || true
    fi
    rm -f "${STATE}/${name}.pid" "${STATE}/${name}.url"
}

command="${1:-}"
[[ -n "${command}" ]] || { usage >&2; exit 2; }
[[ "${command}" != -h && "${command}" != --help ]] || { usage; exit 0; }
shift
mkdir -p "${STATE}" "${LOG_DIR}"
anju_pg_running "${PG_PORT}" || [[ "${command}" == stop || "${command}" == status ]] || anju_pg "${PG_PORT}" start
CONNECTION="$(anju_pg "${PG_PORT}" app-url 2>/dev/null || true)"

case "${command}" in
    start)
        silos=3 dashboards=2
        while (($# > 0)); do
            case "$1" in
                --silos) silos="$2"; shift ;;
                --dashboards) dashboards="$2"; shift ;;
                *) usage >&2; exit 2 ;;
            esac
            shift
        done
        [[ "${silos}" =~ ^[1-9][0-9]?$ && "${dashboards}" =~ ^[0-9]$ ]] || anju_die "--silos 1–99 and --dashboards 0–9"
        anju_pg "${PG_PORT}" roles
        anju_log "applying the schema as the owner role"
        (cd "${SILO_DIR}" && ConnectionStrings__Anju="$(anju_pg "${PG_PORT}" url)" dotnet Anju.Silo.dll --migrate-only </dev/null) \
            || anju_die "the schema could not be applied"
        for ((k = 1; k <= silos; k++)); do start_silo "${k}"; done
        for ((j = 1; j <= dashboards; j++)); do
            start_host "dashboard-${j}" "${DASHBOARD_DIR}" Anju.Dashboard.dll "http://127.0.0.1:$((DASHBOARD_BASE + j))" \
                Dashboard__Api="http://127.0.0.1:$((API_BASE + (j - 1) % silos + 1))/"
        done
        anju_log "cluster anju-local: ${silos} silos, ${dashboards} dashboard hosts; stop: bash deploy/cluster.sh stop"
        ;;
    kill)
        pid="$(pid_of "silo-${1:?silo number}")" || anju_die "silo-$1 is not running"
        kill -KILL "${pid}" && anju_log "killed silo-$1 (pid ${pid})"
        ;;
    restart)
        stop_host "silo-${1:?silo number}"
        start_silo "$1"
        ;;
    status)
        for f in "${STATE}"/*.pid; do
            [[ -e "${f}" ]] || continue
            name="$(basename "${f}" .pid)"
            pid="$(cat "${f}")"
            if kill -0 "${pid}" 2>/dev/null; then state=running; else state=dead; fi
            printf '%-14s pid %-8s %-8s %s\n' "${name}" "${pid}" "${state}" "$(cat "${STATE}/${name}.url" 2>/dev/null)"
        done
        if anju_pg_running "${PG_PORT}"; then
            # Orleans' SiloStatus: 3 active, 6 dead (2 joining, 5 shutting down).
            anju_pg "${PG_PORT}" psql -X -c "SELECT address, port, generation, status, siloname FROM orleansmembershiptable WHERE deploymentid = 'anju-local' ORDER BY port, generation"
        fi
        ;;
    stop)
        for f in "${STATE}"/dashboard-*.pid "${STATE}"/silo-*.pid; do
            [[ -e "${f}" ]] || continue
            stop_host "$(basename "${f}" .pid)"
        done
        anju_log "stopped"
        ;;
    -h | --help) usage ;;
    *) usage >&2; exit 2 ;;
esac
