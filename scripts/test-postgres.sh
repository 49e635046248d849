#!/usr/bin/env bash
# A throw-away PostgreSQL for the tests that need one: a new cluster in a temporary folder, listening
# on 127.0.0.1 only (a free port, trust authentication for loopback only), gone when it stops.
#
#   bash scripts/test-postgres.sh npx vitest run packages/open-data --typecheck=false
#       runs the command with CIUDATA_TEST_POSTGRES_URL set, then stops the cluster.
#   source scripts/test-postgres.sh && test_postgres_start && …; test_postgres_stop
#       the same from another script (.ci/run does this).
#
# Needs Debian's PostgreSQL (apt-get install postgresql); as root, the cluster runs as `postgres`.

test_postgres_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then
      echo "$d"
      return 0
    fi
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

# Starts the cluster and exports CIUDATA_TEST_POSTGRES_URL; returns 1 (with a note) when it cannot.
test_postgres_start() {
  local bin port as=()
  bin=$(test_postgres_bin) || true
  if [ -z "$bin" ]; then
    echo "note: PostgreSQL not found (apt-get install postgresql); its tests will be skipped" >&2
    return 1
  fi
  TEST_POSTGRES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/ciudata-pg.XXXXXX")
  if [ "$(id -u)" = "0" ]; then
    chown postgres: "$TEST_POSTGRES_DIR"
    as=(runuser -u postgres --)
  fi
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  # From the cluster's folder: the postgres user may not be allowed into the current one.
  if ! (cd "$TEST_POSTGRES_DIR" && "${as[@]}" "$bin/initdb" -D "$TEST_POSTGRES_DIR/data" -U postgres -A trust -N \
    -E UTF8 --locale=C.UTF-8 >"$TEST_POSTGRES_DIR/initdb.log" 2>&1); then
    echo "note: initdb failed ($TEST_POSTGRES_DIR/initdb.log); PostgreSQL tests will be skipped" >&2
    return 1
  fi
  # Loopback only: no other address listens, and no other address is trusted.
  printf '%s\n' "local all all trust" "host all all 127.0.0.1/32 trust" >"$TEST_POSTGRES_DIR/data/pg_hba.conf"
  if ! (cd "$TEST_POSTGRES_DIR" && "${as[@]}" "$bin/pg_ctl" -D "$TEST_POSTGRES_DIR/data" -l "$TEST_POSTGRES_DIR/server.log" \
    -w -t 30 -o "-c listen_addresses=127.0.0.1 -p $port -k $TEST_POSTGRES_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null 2>&1); then
    echo "note: PostgreSQL did not start ($TEST_POSTGRES_DIR/server.log); its tests will be skipped" >&2
    return 1
  fi
  TEST_POSTGRES_BIN=$bin
  export CIUDATA_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

# Stops the cluster and removes its folder (safe to call twice, or when it never started).
test_postgres_stop() {
  if [ -n "${TEST_POSTGRES_DIR:-}" ] && [ -d "$TEST_POSTGRES_DIR" ]; then
    if [ -n "${TEST_POSTGRES_BIN:-}" ] && [ -f "$TEST_POSTGRES_DIR/data/postmaster.pid" ]; then
      if [ "$(id -u)" = "0" ]; then
        (cd "$TEST_POSTGRES_DIR" && runuser -u postgres -- "$TEST_POSTGRES_BIN/pg_ctl" -D "$TEST_POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1) || true
      else
        "$TEST_POSTGRES_BIN/pg_ctl" -D "$TEST_POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
      fi
    fi
    rm -rf "$TEST_POSTGRES_DIR"
  fi
  unset CIUDATA_TEST_POSTGRES_URL TEST_POSTGRES_DIR TEST_POSTGRES_BIN
}

# Run as a program: start, run the command, stop (also on Ctrl-C), exit with the command's code.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  trap test_postgres_stop EXIT
  test_postgres_start || true
  if [ $# -eq 0 ]; then
    echo "${CIUDATA_TEST_POSTGRES_URL:-no PostgreSQL}"
    echo "usage: bash scripts/test-postgres.sh <command…> (the cluster stops when the command ends)" >&2
    exit 0
  fi
  "$@"
  exit $?
fi
