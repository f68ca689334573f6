#!/usr/bin/env bash
# deploy/setup.sh — install what Anju needs beyond the .NET 10 SDK, on Debian 12.
#
# Idempotent, and a fast no-op when everything is present. Called by
# deploy/run.sh and deploy/test.sh; can be run on its own.
#
#   PostgreSQL 15 server   /usr/lib/postgresql/15/bin  (package postgresql-15)
#   Node.js and npm        node, npm                   (nodejs, npm; the Dashboard build runs npm ci)
#   Chromium               /usr/bin/chromium           (chromium; browser tests drive it with Playwright)
#   fonts                  Chinese text in screenshots (fonts-noto-cjk, fonts-liberation)
#
# As root it installs what is missing with apt-get (one 'apt-get update', only
# when something is missing). As another user it uses 'sudo -n' when that
# works without a password; otherwise it prints the command to run and exits 1.

set -euo pipefail

ANJU_SCRIPT=setup.sh
# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v dotnet >/dev/null 2>&1 || anju_die "the .NET 10 SDK (dotnet) is not on PATH; install it first"

pkg_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

missing=()
[[ -x "${ANJU_PGBIN}/postgres" && -x "${ANJU_PGBIN}/initdb" && -x "${ANJU_PGBIN}/pg_ctl" && -x "${ANJU_PGBIN}/psql" ]] \
    || missing+=(postgresql-15)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
pkg_installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
pkg_installed fonts-liberation || missing+=(fonts-liberation)

if ((${#missing[@]} == 0)); then
    exit 0
fi

install_cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
if [[ "${EUID}" -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    printf 'setup.sh: missing: %s\n' "${missing[*]}" >&2
    printf 'setup.sh: install them as root, then run this again:\n  %s\n' "${install_cmd}" >&2
    exit 1
fi

command -v apt-get >/dev/null 2>&1 || anju_die "apt-get not found; install by hand: ${missing[*]}"
anju_log "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"

# The postgresql-15 package creates (and may start) a default cluster on port
# 5432. Anju runs its own instances (deploy/postgres/local.sh), so stop that
# one and keep it from starting again.
if [[ " ${missing[*]} " == *" postgresql-15 "* ]] \
    && command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /etc/postgresql/15/main ]]; then
    anju_log "stopping the package's default cluster 15/main (Anju does not use it)"
    "${as_root[@]}" pg_ctlcluster 15 main stop 2>/dev/null || true
    echo manual | "${as_root[@]}" tee /etc/postgresql/15/main/start.conf >/dev/null
fi

for tool in "${ANJU_PGBIN}/postgres" /usr/bin/chromium; do
    [[ -x "${tool}" ]] || anju_die "installed packages but ${tool} is still missing"
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    anju_die "installed packages but node/npm are still missing"
fi
anju_log "prerequisites installed"
