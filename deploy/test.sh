#!/usr/bin/env bash
# deploy/test.sh — run Anju's whole test suite (the README's test command).
#
#   bash deploy/test.sh [extra dotnet test args, e.g. --filter 'FullyQualifiedName~Rules']
#
# 1. deploy/setup.sh installs what is missing (PostgreSQL 15, node/npm, chromium, fonts).
# 2. A private PostgreSQL on port ${ANJU_TEST_PG_PORT:-55433} is started with
#    deploy/postgres/local.sh and stopped again at the end (also on failure or
#    Ctrl-C), unless it was already running before, in which case it is left
#    running. Tests find it through ANJU_TEST_PG and create their own databases.
# 3. dotnet build Anju.slnx -c Release, then dotnet test of each test project
#    in two lanes side by side (Anju.Tests; the dashboard's, then the fault
#    tests), TRX results in TestResults/<timestamp>/.
# 4. The TRX files are counted; the LAST line printed is
#        N passed, N failed, N skipped
#    Exit status is non-zero when the build or dotnet test failed, any test
#    failed, or no test ran.
#
# Environment:
#   ANJU_TEST_PG_PORT        port of the test PostgreSQL (default 55433)
#   ANJU_TEST_HANG_TIMEOUT   a single test running longer than this aborts the
#                            run (dotnet test --blame-hang-timeout; default 15m;
#                            'off' disables)

set -euo pipefail

ANJU_SCRIPT=test.sh
# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PORT="${ANJU_TEST_PG_PORT:-55433}"
HANG_TIMEOUT="${ANJU_TEST_HANG_TIMEOUT:-15m}"

# trx_count FILE... — prints "passed failed skipped" summed over the TRX files,
# counting each <UnitTestResult outcome="..."> element (TRX <Counters> does not
# count skipped tests: they show only as total - executed).
trx_count() {
    if (($# == 0)); then
        echo "0 0 0"
        return 0
    fi
    awk '
        BEGIN { RS = "<"; p = 0; f = 0; s = 0 }
        /^UnitTestResult[ \t\r\n]/ {
            if (match($0, /[ \t\r\n]outcome="[A-Za-z]*"/)) {
                o = substr($0, RSTART, RLENGTH)
                sub(/^[ \t\r\n]outcome="/, "", o)
                sub(/"$/, "", o)
                if (o == "Passed" || o == "PassedButRunAborted" || o == "Completed" || o == "Warning") p++
                else if (o == "NotExecuted" || o == "Inconclusive" || o == "Pending" || o == "InProgress") s++
                else f++   # Failed, Error, Timeout, Aborted, NotRunnable, Disconnected, anything unknown
            }
        }
        END { printf "%d %d %d\n", p, f, s }
    ' "$@"
}

# Lets the counting be checked on its own: deploy/test.sh --count-trx FILE...
if [[ "${1:-}" == "--count-trx" ]]; then
    shift
    trx_count "$@"
    exit 0
fi

cd "${ANJU_ROOT}"
start_s="$(date +%s)"

bash "${ANJU_ROOT}/deploy/setup.sh"

# --- the test PostgreSQL -------------------------------------------------------
pg_started_here=0
stop_pg() {
    if ((pg_started_here)); then
        pg_started_here=0
        anju_log "stopping the test PostgreSQL (port ${PG_PORT})"
        anju_pg "${PG_PORT}" stop >/dev/null 2>&1 || anju_warn "could not stop the test PostgreSQL on port ${PG_PORT}"
    fi
}
# shellcheck disable=SC2317 # run by the EXIT trap
on_exit() {
    local rc=$?
    trap - EXIT INT TERM HUP
    stop_pg
    exit "${rc}"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if anju_pg_running "${PG_PORT}"; then
    anju_log "test PostgreSQL on port ${PG_PORT} already running; leaving it running afterwards"
else
    pg_started_here=1
    anju_pg "${PG_PORT}" start
fi
ANJU_TEST_PG="$(anju_pg "${PG_PORT}" url)"
export ANJU_TEST_PG
# Tests create throwaway databases: the anju role needs CREATEDB (instances
# made by an older local.sh lack it).
if [[ "$(anju_pg "${PG_PORT}" psql -X -tAc 'SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user' 2>/dev/null || true)" != t ]]; then
    anju_log "granting CREATEDB to role anju on the test server"
    "${ANJU_PGBIN}/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${PG_PORT}" -U postgres -d postgres \
        -c 'ALTER ROLE anju CREATEDB'
fi
# The hosts' role anju_app (tests check what it may and may not do); creating a role needs the superuser.
anju_pg "${PG_PORT}" roles
anju_log "ANJU_TEST_PG=${ANJU_TEST_PG}"

# --- the suite -------------------------------------------------------------------
results="${ANJU_ROOT}/TestResults/$(date -u +%Y%m%d-%H%M%S)"
rm -rf "${results}"
mkdir -p "${results}"

build_args=(build Anju.slnx -c Release)
test_args=(test --no-build -c Release --logger trx)
if [[ -n "${CI:-}" ]]; then
    # No build servers or MSBuild nodes that outlive the run (and hold CI's
    # output pipe open).
    export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
    build_args+=(-p:UseSharedCompilation=false)
fi
if [[ -n "${HANG_TIMEOUT}" && "${HANG_TIMEOUT}" != off ]]; then
    test_args+=(--blame-hang-timeout "${HANG_TIMEOUT}" --blame-hang-dump-type none)
fi

# One build, then the test projects in two lanes side by side: Anju.Tests in
# one, the others (the dashboard's browser tests, then the fault tests) in
# the other. Each spends most of its minutes waiting (on silos killed and
# restarted, rounds of chaos, a browser, rollups settling) rather than on the
# cores, so two lanes take about the longer of them instead of the sum. Each
# test project writes its TRX into its own folder.
test_rc=0
anju_log "dotnet ${build_args[*]}"
dotnet "${build_args[@]}" </dev/null || test_rc=$?

# run_project CSPROJ [PREFIX] [extra args...] — dotnet test of one project; its
# output prefixed with PREFIX when given (the lane beside the first).
run_project() {
    local project="$1" prefix="$2"
    shift 2
    local name
    name="$(basename "${project}" .csproj)"
    anju_log "dotnet ${test_args[*]} ${project} $*"
    if [[ -z "${prefix}" ]]; then
        dotnet "${test_args[@]}" "${project}" --results-directory "${results}/${name}" "$@" </dev/null
    else
        dotnet "${test_args[@]}" "${project}" --results-directory "${results}/${name}" "$@" </dev/null 2>&1 | sed -u "s/^/${prefix} /"
    fi
}

if ((test_rc == 0)); then
    beside_rc_file="$(mktemp)"
    (
        rc=0
        for project in tests/*.Tests/*.Tests.csproj; do
            [[ "$(basename "${project}")" == Anju.Tests.csproj ]] && continue
            run_project "${project}" "[$(basename "${project}" .csproj | sed 's/^Anju\.//; s/\.Tests$//')]" "$@" || rc=$?
        done
        echo "${rc}" >"${beside_rc_file}"
    ) &
    beside_pid=$!
    run_project tests/Anju.Tests/Anju.Tests.csproj "" "$@" || test_rc=$?
    wait "${beside_pid}" || true
    beside_rc="$(cat "${beside_rc_file}" 2>/dev/null || echo 1)"
    rm -f "${beside_rc_file}"
    if [[ "${beside_rc}" != 0 ]]; then
        test_rc="${beside_rc}"
    fi
fi

# --- the count -------------------------------------------------------------------
trx_files=()
while IFS= read -r -d '' f; do
    trx_files+=("${f}")
done < <(find "${results}" -type f -name '*.trx' -print0 | sort -z)
read -r passed failed skipped < <(trx_count "${trx_files[@]}")

stop_pg
trap - EXIT INT TERM HUP

end_s="$(date +%s)"
rc=0
if ((test_rc != 0)); then
    anju_log "dotnet test exited with ${test_rc} (build failure, failed test, or aborted run)"
    rc=1
fi
if ((${#trx_files[@]} == 0)); then
    anju_log "no TRX results in ${results}"
fi
if ((failed > 0)); then
    rc=1
fi
if ((passed + failed == 0)); then
    anju_log "no test ran"
    rc=1
fi
anju_log "results: ${results} (${#trx_files[@]} TRX file(s))"
echo "test suite took $((end_s - start_s)) s"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "${rc}"
