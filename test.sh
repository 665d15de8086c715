#!/usr/bin/env bash
# Runs every OpenRCM test project against real dependencies:
#   - installs chromium and postgresql from Debian packages when missing (needs root),
#   - starts a throw-away PostgreSQL cluster on 127.0.0.1 as the postgres user,
#   - runs `dotnet test` over the solution, stops what it started,
#   - ends with the plain line `tests: N passed, N failed, N skipped` and dotnet's exit code.
# Usage: ./test.sh [extra dotnet test args, e.g. --filter FullyQualifiedName~X12]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "test.sh: $*" >&2; }

find_pg_bin() {
  local c
  for c in "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")" /usr/lib/postgresql/*/bin; do
    [ -x "$c/pg_ctl" ] && [ -x "$c/initdb" ] && { echo "$c"; return 0; }
  done
  return 1
}

install_missing() {
  local pkgs=()
  [ -x /usr/bin/chromium ] || pkgs+=(chromium)
  find_pg_bin >/dev/null || pkgs+=(postgresql)
  command -v sshd >/dev/null || [ -x /usr/sbin/sshd ] || pkgs+=(openssh-server)
  [ ${#pkgs[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    log "missing ${pkgs[*]} and not root: install them (apt-get install ${pkgs[*]}) and run again"
    return 1
  fi
  log "installing ${pkgs[*]} (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq >&2 || true
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${pkgs[@]}" >&2
}

pg_dir=""
pg_bin=""
pg_user="$(id -un)"
stop_pg() {
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [ -n "$pg_dir" ] && rm -rf "$pg_dir"
}
run_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_pg() {
  pg_bin="$(find_pg_bin)" || { log "PostgreSQL server binaries not found"; return 1; }
  pg_dir="$(mktemp -d /tmp/rcm-pg.XXXXXX)"
  chmod 755 "$pg_dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$pg_dir"; pg_user=postgres; fi
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
  run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" -A trust -E UTF8 --no-locale >/dev/null || return 1
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; return 1; }
  export RCM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$pg_user;Pooling=true;Include Error Detail=true"
  log "PostgreSQL ${pg_bin} on 127.0.0.1:$port"
}

trap stop_pg EXIT
install_missing || [ "${CI:-}" != "true" ] || exit 1
if ! start_pg; then
  if [ "${CI:-}" = "true" ]; then log "PostgreSQL could not start"; exit 1; fi
  log "PostgreSQL unavailable: PostgreSQL tests will report it"
fi
[ -x /usr/bin/chromium ] && export RCM_CHROMIUM=/usr/bin/chromium

mkdir -p TestResults
out="TestResults/test-output.log"
dotnet build OpenRcm.slnx -c Release --nologo -v quiet 2>&1 | tee "TestResults/build.log" | grep -E 'error|warn' | sort -u | head -40
build_rc=${PIPESTATUS[0]}
if [ "$build_rc" != 0 ]; then
  log "build failed"
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit "$build_rc"
fi
dotnet test OpenRcm.slnx -c Release --no-build --nologo "$@" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}

# Sum VSTest's per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 1, Total: 13 ...").
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- Failed: ' "$out" | awk -F'[:,]' '
  { for (i = 1; i <= NF; i++) { gsub(/ /, "", $i) }
    for (i = 1; i < NF; i++) {
      if ($i ~ /Failed$/ && $(i+1) ~ /^[0-9]+$/) f += $(i+1)
      if ($i == "Passed" && $(i+1) ~ /^[0-9]+$/) p += $(i+1)
      if ($i == "Skipped" && $(i+1) ~ /^[0-9]+$/) s += $(i+1)
    } }
  END { printf "%d %d %d\n", p, f, s }')
if [ "$rc" != 0 ] && [ "${failed:-0}" = 0 ]; then failed=1; fi
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$rc"
