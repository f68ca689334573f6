#!/usr/bin/env bash
# deploy/run.sh — run Anju on this machine (the README's run command).
#
#   bash deploy/run.sh [--no-demo]
#
# 1. deploy/setup.sh installs what is missing (PostgreSQL 15, node/npm, chromium, fonts).
# 2. The dev PostgreSQL (deploy/postgres/local.sh, port ANJU_PG_PORT, default 55432).
# 3. dotnet build Anju.slnx -c Release, once.
# 4. In the background, each in its own process group:
#      silo       src/Silo       API on ANJU_API_URL (http://127.0.0.1:5080), as role anju_app; the
#                                schema is applied before, as the owner role anju (--migrate-only)
#      dashboard  src/Dashboard  ANJU_DASHBOARD_URL (http://127.0.0.1:5000)   (skipped if no project yet)
#      demo       src/Demo       'seed' once (it seeds only an empty database), then
#                                'drive --rate ANJU_DEMO_RATE' (default 5)   (skipped with --no-demo or no project)
#    Each must answer 200 on /health (silo, dashboard) before the next starts.
# 5. Logs go to .data/logs/<name>.log (the previous run's to <name>.log.1) and
#    are echoed here with a [name] prefix.
#
# Ctrl-C (or SIGTERM) stops everything it started, PostgreSQL included when it
# was not already running before. While starting, a process that dies stops the
# rest. Once Anju is running, a silo, dashboard or demo driver that dies is
# restarted (the others stay up), and run.sh says so; one that dies more than
# ANJU_MAX_RESTARTS times (default 5) within 10 minutes stops everything.
#
# Environment: ANJU_PG_PORT, ANJU_API_URL, ANJU_DASHBOARD_URL, ANJU_DEMO_RATE,
# ANJU_STARTUP_TIMEOUT (seconds to wait for each /health, default 180),
# ANJU_STOP_TIMEOUT (seconds each process gets to stop before SIGKILL, default 20),
# ANJU_MAX_RESTARTS (restarts of one process within 10 minutes before giving up, default 5).

set -euo pipefail

ANJU_SCRIPT=run.sh
# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { sed -n '2,29p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

with_demo=1
while (($# > 0)); do
    case "$1" in
        --no-demo) with_demo=0 ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

PG_PORT="${ANJU_PG_PORT:-55432}"
API_URL="${ANJU_API_URL:-http://127.0.0.1:5080}"
DASHBOARD_URL="${ANJU_DASHBOARD_URL:-http://127.0.0.1:5000}"
DEMO_RATE="${ANJU_DEMO_RATE:-5}"
STARTUP_TIMEOUT="${ANJU_STARTUP_TIMEOUT:-180}"
STOP_TIMEOUT="${ANJU_STOP_TIMEOUT:-20}"
MAX_RESTARTS="${ANJU_MAX_RESTARTS:-5}"
RESTART_WINDOW=600
LOG_DIR="${ANJU_ROOT}/.data/logs"

cd "${ANJU_ROOT}"

# --- process bookkeeping ----------------------------------------------------------
names=()        # name of each started process
pids=()         # its pid; also its process group id (started with setsid)
logs=()         # its log file
commands=()     # its command line, quoted, to start it again
restarts=()     # when it was restarted (epoch seconds, space separated)
supervising=0   # 1 once everything has started: a process that dies is restarted
tails=()        # process groups echoing the logs to the console
sleeper=""      # the monitor loop's current 'sleep'
pg_started_here=0

# proc_alive PID — the process exists and is not a zombie.
proc_alive() {
    local stat
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    stat="${stat##*) }"
    [[ "${stat%% *}" != Z ]]
}

# group_alive PGID — some live (non-zombie) process is in that process group.
group_alive() {
    local f stat fields
    for f in /proc/[0-9]*/stat; do
        { read -r stat <"${f}"; } 2>/dev/null || continue
        stat="${stat##*) }"
        read -r -a fields <<<"${stat}"
        [[ "${fields[2]}" == "$1" && "${fields[0]}" != Z ]] && return 0
    done
    return 1
}

# stop_group NAME PGID — SIGTERM the group, SIGKILL it after STOP_TIMEOUT s.
stop_group() {
    local name="$1" pgid="$2" waited=0
    group_alive "${pgid}" || { wait "${pgid}" 2>/dev/null || true; return 0; }
    [[ -z "${name}" ]] || anju_log "stopping ${name}"
    kill -TERM -- "-${pgid}" 2>/dev/null || true
    while group_alive "${pgid}"; do
        if ((waited >= STOP_TIMEOUT * 5)); then
            [[ -z "${name}" ]] || anju_warn "${name} did not stop within ${STOP_TIMEOUT}s; killing it"
            kill -KILL -- "-${pgid}" 2>/dev/null || true
            sleep 0.5
            break
        fi
        sleep 0.2
        waited=$((waited + 1))
    done
    wait "${pgid}" 2>/dev/null || true
}

cleanup() {
    local rc=$? i
    trap - EXIT INT TERM HUP
    trap '' INT TERM HUP # a second Ctrl-C must not cut the clean-up short
    if [[ -n "${sleeper}" ]]; then kill "${sleeper}" 2>/dev/null || true; fi
    # Newest first: demo, dashboard, silo.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        if [[ -n "${pids[i]:-}" ]]; then stop_group "${names[i]}" "${pids[i]}"; fi
    done
    sleep 0.3 # let the log echo show the last lines
    for ((i = ${#tails[@]} - 1; i >= 0; i--)); do
        stop_group "" "${tails[i]}"
    done
    if ((pg_started_here)); then
        anju_log "stopping PostgreSQL (port ${PG_PORT})"
        anju_pg "${PG_PORT}" stop || anju_warn "could not stop PostgreSQL on port ${PG_PORT}"
    elif ((${#pids[@]} > 0)); then
        anju_log "PostgreSQL on port ${PG_PORT} was running before; left running"
    fi
    anju_log "stopped"
    exit "${rc}"
}
trap cleanup EXIT
trap 'echo; exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# start_proc NAME COMMAND... — start COMMAND in its own process group, logging
# to .data/logs/NAME.log, and echo that log to the console.
start_proc() {
    local name="$1" log
    shift
    log="${LOG_DIR}/${name}.log"
    if [[ -s "${log}" ]]; then mv -f "${log}" "${log}.1"; fi
    : >"${log}"
    setsid "$@" >>"${log}" 2>&1 </dev/null &
    pids+=("$!")
    names+=("${name}")
    logs+=("${log}")
    commands+=("$(printf '%q ' "$@")")
    restarts+=("")
    # shellcheck disable=SC2016 # $1, $2 expand in the inner bash
    setsid bash -c 'tail -n +1 -F "$1" 2>/dev/null | sed -u "s/^/[$2] /"' _ "${log}" "${name}" </dev/null &
    tails+=("$!")
    anju_log "started ${name} (pid ${pids[-1]}, log ${log#"${ANJU_ROOT}/"})"
}

show_log_tail() {
    local log="$1"
    printf -- '----- last 40 lines of %s -----\n' "${log#"${ANJU_ROOT}/"}" >&2
    tail -n 40 "${log}" >&2 || true
    printf -- '-----\n' >&2
}

# restart_proc I RC — once running, start process I again in its own process group, appending to its log;
# give up (stopping the rest) when it has been restarted MAX_RESTARTS times within RESTART_WINDOW seconds.
restart_proc() {
    local i="$1" rc="$2" now t recent=()
    now=$(date +%s)
    for t in ${restarts[i]}; do
        if ((now - t < RESTART_WINDOW)); then recent+=("${t}"); fi
    done
    if ((${#recent[@]} >= MAX_RESTARTS)); then
        anju_die "${names[i]} exited (status ${rc}) after ${#recent[@]} restarts within $((RESTART_WINDOW / 60)) minutes; stopping the rest"
    fi
    recent+=("${now}")
    restarts[i]="${recent[*]}"
    anju_warn "${names[i]} exited (status ${rc}); restarting it (restart ${#recent[@]} of at most ${MAX_RESTARTS} in $((RESTART_WINDOW / 60)) minutes); the rest stay up"
    printf -- '----- %s restarted by run.sh at %s after status %s -----\n' "${names[i]}" "$(date -u +%FT%TZ)" "${rc}" >>"${logs[i]}"
    sleep 2 # a crash loop must not spin
    eval "setsid ${commands[i]} >>\"\${logs[i]}\" 2>&1 </dev/null &"
    pids[i]="$!"
    anju_log "restarted ${names[i]} (pid ${pids[i]})"
}

# check_children — a started process has exited: while starting, die (which stops the rest); once running,
# restart it.
check_children() {
    local i rc
    for i in "${!pids[@]}"; do
        [[ -n "${pids[i]}" ]] || continue
        if ! proc_alive "${pids[i]}"; then
            rc=0
            wait "${pids[i]}" || rc=$?
            sleep 1 # let the log echo catch up
            show_log_tail "${logs[i]}"
            pids[i]="" # already gone
            if ((supervising)); then
                restart_proc "${i}" "${rc}"
            else
                anju_die "${names[i]} exited (status ${rc}); stopping the rest"
            fi
        fi
    done
}

# wait_healthy NAME URL — wait until URL answers 200, or die.
wait_healthy() {
    local name="$1" url="$2" deadline code
    deadline=$(($(date +%s) + STARTUP_TIMEOUT))
    anju_log "waiting for ${name}: ${url}"
    while :; do
        code="$(anju_http_status "${url}")"
        if [[ "${code}" == 200 ]]; then
            anju_log "${name} is healthy"
            return 0
        fi
        check_children
        if (($(date +%s) >= deadline)); then
            show_log_tail "${logs[-1]}"
            anju_die "${name} did not answer 200 on ${url} within ${STARTUP_TIMEOUT}s (last status: ${code}; log tail above)"
        fi
        sleep 1
    done
}

# has_project DIR — DIR holds a project file.
has_project() { compgen -G "${ANJU_ROOT}/$1/*.csproj" >/dev/null; }

# --- preflight -----------------------------------------------------------------------
bash "${ANJU_ROOT}/deploy/setup.sh"
mkdir -p "${LOG_DIR}"

with_dashboard=1
has_project src/Dashboard || { with_dashboard=0; anju_warn "src/Dashboard has no project yet; running without the dashboard"; }
if ((with_demo)) && ! has_project src/Demo; then
    with_demo=0
    anju_warn "src/Demo has no project yet; running without the demo city"
fi

check_free() {
    local code
    code="$(anju_http_status "$1")"
    [[ "${code}" == 000 ]] || anju_die "something already answers on $1 (HTTP ${code}): is Anju already running? Stop it first."
}
check_free "${API_URL}/health"
((with_dashboard == 0)) || check_free "${DASHBOARD_URL}/health"

# --- PostgreSQL ---------------------------------------------------------------------------
if anju_pg_running "${PG_PORT}"; then
    anju_log "PostgreSQL on port ${PG_PORT} already running; it will be left running"
else
    pg_started_here=1
    anju_pg "${PG_PORT}" start
fi
anju_pg "${PG_PORT}" roles # an instance made by an older local.sh lacks anju_app
# The owner applies the schema (once, below); the hosts connect as anju_app, which may change rows but no
# schema, and may only add to and read the audit log (docs/audit.md).
owner_connection="$(anju_pg "${PG_PORT}" url)"
ConnectionStrings__Anju="$(anju_pg "${PG_PORT}" app-url)"
Database__Migrate=false
export ConnectionStrings__Anju Database__Migrate
# The demo's public list (公示) ends within minutes, so a demo can allocate from it (docs/allocation.md); a real
# deployment keeps the 7-day default or sets its own.
((with_demo == 0)) || export Allocation__PublicPeriod="${Allocation__PublicPeriod:-00:10:00}"

# --- build -------------------------------------------------------------------------------
anju_log "building (dotnet build Anju.slnx -c Release)"
dotnet build Anju.slnx -c Release </dev/null || anju_die "the build failed (output above)"
extra=()
((with_dashboard == 0)) || grep -q 'src/Dashboard/' Anju.slnx || extra+=(src/Dashboard)
((with_demo == 0)) || grep -q 'src/Demo/' Anju.slnx || extra+=(src/Demo)
for project in "${extra[@]}"; do
    anju_log "building ${project} (not in Anju.slnx)"
    dotnet build "${project}" -c Release </dev/null || anju_die "the build of ${project} failed (output above)"
done

# --- schema ---------------------------------------------------------------------------------
anju_log "applying the schema as the owner role"
ConnectionStrings__Anju="${owner_connection}" dotnet run --no-build -c Release --project src/Silo -- --migrate-only </dev/null \
    || anju_die "the schema could not be applied (output above)"

# --- processes -----------------------------------------------------------------------------
start_proc silo dotnet run --no-build -c Release --project src/Silo -- --urls "${API_URL}"
wait_healthy silo "${API_URL}/health"

if ((with_dashboard)); then
    start_proc dashboard dotnet run --no-build -c Release --project src/Dashboard -- --urls "${DASHBOARD_URL}"
    wait_healthy dashboard "${DASHBOARD_URL}/health"
fi

# --- demo accounts: DEMO ONLY ---------------------------------------------------------
# One account per role, made again on every start with new passwords by the silo's
# demo-users command (as anju_app, like the silo), written to .data/demo-users.json
# (mode 600), where the demo program's seed and drive read theirs (ANJU_CREDENTIALS).
# For a demo database only: never run demo-users against a real city's.
if ((with_demo)); then
    ANJU_CREDENTIALS="${ANJU_ROOT}/.data/demo-users.json"
    export ANJU_CREDENTIALS
    anju_log "creating the demo accounts (DEMO ONLY)"
    printf '\n======================== DEMO ONLY: demo accounts ========================\n'
    dotnet run --no-build -c Release --project src/Silo -- demo-users "${ANJU_CREDENTIALS}" </dev/null \
        || anju_die "the demo accounts could not be created (output above)"
    if ((with_dashboard)); then
        printf 'Sign in at %s . demo-city (city figures, no personal data) needs no\n' "${DASHBOARD_URL}"
        printf 'authenticator code; the others ask for the code of the TOTP key shown\n'
        printf '(add the key to an authenticator app).\n'
    fi
    printf '==========================================================================\n\n'
fi

if ((with_demo)); then
    start_proc demo-seed dotnet run --no-build -c Release --project src/Demo -- seed --api "${API_URL}"
    seed=$((${#pids[@]} - 1))
    while proc_alive "${pids[seed]}"; do
        check_children
        sleep 1
    done
    seed_rc=0
    wait "${pids[seed]}" || seed_rc=$?
    pids[seed]=""
    if ((seed_rc != 0)); then
        sleep 1
        show_log_tail "${logs[seed]}"
        anju_die "the demo seed failed (status ${seed_rc})"
    fi
    anju_log "demo seed done"
    start_proc demo dotnet run --no-build -c Release --project src/Demo -- drive --api "${API_URL}" --rate "${DEMO_RATE}"
fi

banner="Anju is running:"
if ((with_dashboard)); then banner+=" dashboard ${DASHBOARD_URL} "; fi
banner+=" API ${API_URL}/openapi/v1.json"
cat <<EOF

================================================================================
${banner}
PostgreSQL: ${ConnectionStrings__Anju}
logs: ${LOG_DIR#"${ANJU_ROOT}/"}/   stop: Ctrl-C
A silo, dashboard or demo driver that dies is restarted; the rest stay up.
================================================================================

EOF
supervising=1

while :; do
    check_children
    sleep 2 &
    sleeper=$!
    wait "${sleeper}" || true
    sleeper=""
done
