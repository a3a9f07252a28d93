#!/usr/bin/env bash
# A throwaway PostgreSQL server for the PostgreSQL map-store tests (Debian's packages).
#
#   eval "$(scripts/start-postgres.sh)"     # start (or reuse) it; exports BORDERLINES_TEST_PG_URL
#   source scripts/start-postgres.sh        # the same, from a bash script or shell
#   scripts/start-postgres.sh stop          # stop it (the data stays until `wipe`)
#   scripts/start-postgres.sh wipe          # stop it and delete its directory
#
# Idempotent: a running server is reused; a stopped one is started again. It listens only on
# 127.0.0.1 (default port 55432, else the next free one) with password authentication; its
# sockets, data and log live in $BORDERLINES_PG_DIR (default /tmp/borderlines-pg), owned by
# the `postgres` user when run as root (the server refuses to run as root).
# Standard output is only the export line, so `eval` is safe; progress goes to stderr.

_borderlines_pg_main() (
  set -euo pipefail
  local action="${1:-start}"
  local dir="${BORDERLINES_PG_DIR:-/tmp/borderlines-pg}"
  local want_port="${BORDERLINES_PG_PORT:-55432}"
  local db=borderlines_test role=borderlines
  local data="$dir/data" log="$dir/server.log"

  say() { echo "start-postgres: $*" >&2; }
  die() { say "ERROR: $*"; exit 1; }

  bindir() {
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
    if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
      pg_config --bindir; return
    fi
    return 1
  }

  # The server must not run as root: as root, every server command runs as `postgres`.
  as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
  }

  port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

  running() { [ -f "$data/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; }

  BIN="$(bindir || true)"

  case "$action" in
    stop|wipe)
      if [ -n "$BIN" ] && running; then
        as_owner "$BIN/pg_ctl" -D "$data" -m fast -w stop >&2
      fi
      if [ "$action" = wipe ]; then rm -rf "$dir"; say "removed $dir"; fi
      return 0 ;;
    start) ;;
    *) die "unknown action '$action' (start, stop or wipe)" ;;
  esac

  if [ -z "$BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Debian's postgresql packages…"
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
      BIN="$(bindir)" || die "postgresql installed but no initdb found"
    else
      die "PostgreSQL server binaries are missing: install Debian's 'postgresql' package (as root)"
    fi
  fi
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' user (Debian's postgresql package creates it)"
  fi

  mkdir -p "$dir"
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"

  # A fresh cluster whenever there is none (or a half-made one from an interrupted run).
  if [ ! -f "$data/PG_VERSION" ] || [ ! -s "$dir/password" ]; then
    running && as_owner "$BIN/pg_ctl" -D "$data" -m immediate -w stop >&2 || true
    rm -rf "$data" "$dir/password" "$dir/port"
    say "initialising a throwaway cluster in $data"
    # The password only ever travels in the test URL; scram over TCP, peer on the socket.
    (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$dir/password")
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/password"
    as_owner "$BIN/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  fi

  local port
  if running; then
    port="$(cat "$dir/port")"
  else
    port="$want_port"
    local tries=0
    while port_in_use "$port"; do
      port=$((port + 1)); tries=$((tries + 1))
      [ "$tries" -lt 100 ] || die "no free port from $want_port to $port"
    done
    echo "$port" > "$dir/port"
    say "starting PostgreSQL on 127.0.0.1:$port (log: $log)"
    as_owner "$BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=100" \
      start >&2 || { tail -n 20 "$log" >&2 || true; die "the server did not start"; }
  fi

  local password
  password="$(cat "$dir/password")"
  psql_admin() { as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres "$@"; }
  # Role and database for the tests (names and password are ours, not user input).
  if [ "$(psql_admin -d postgres -tA -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
    psql_admin -d postgres -c "CREATE ROLE $role LOGIN PASSWORD '$password'" >&2
  fi
  if [ "$(psql_admin -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
    psql_admin -d postgres -c "CREATE DATABASE $db OWNER $role" >&2
  fi
  echo "export BORDERLINES_TEST_PG_URL=postgresql://$role:$password@127.0.0.1:$port/$db"
)

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: the steps run in a separate bash, where `set -e` is in force (bash ignores it
  # inside an `if` condition, even in a subshell) and from where it cannot leak into the
  # caller; then the URL is exported here.
  if _borderlines_pg_out="$(bash "${BASH_SOURCE[0]}" "$@")"; then
    eval "$_borderlines_pg_out"
    unset _borderlines_pg_out
  else
    unset _borderlines_pg_out
    return 1
  fi
else
  _borderlines_pg_main "$@"
fi
