# PostgreSQL for the store tests: Debian's server, a throw-away cluster in a temporary folder, listening on 127.0.0.1
# only (on the first free port from 54329 up, so a server already on 5432 is left alone), trust authentication for the
# superuser "postgres". Exports WIREDESK_TEST_PG for the tests and stops the server (and deletes the cluster) on exit.
# Sourced by .ci/run: returns non-zero, and the PostgreSQL tests skip, when the server cannot be set up.

wiredesk_ci_postgres() {
  ci_apt_install postgresql || { echo "CI setup: postgresql could not be installed" >&2; return 1; }

  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "CI setup: no initdb/pg_ctl under /usr/lib/postgresql/*/bin" >&2
    return 1
  fi

  # initdb refuses to run as root: as root, run the server as the postgres user the package created.
  local as_postgres=()
  [ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)

  local port="" candidate
  for candidate in $(seq 54329 54399); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      port=$candidate
      break
    fi
  done
  [ -n "$port" ] || { echo "CI setup: no free port for PostgreSQL in 54329-54399" >&2; return 1; }

  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/wiredesk-ci-postgres.XXXXXX") || return 1
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"

  if ! "${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1; then
    echo "CI setup: initdb failed:" >&2
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    return 1
  fi

  # A test server: durability off (fsync, full-page writes, synchronous commit) for speed; sockets in the cluster's folder.
  if ! "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
      start >/dev/null; then
    echo "CI setup: PostgreSQL did not start:" >&2
    cat "$dir/server.log" >&2
    rm -rf "$dir"
    return 1
  fi

  ci_on_exit "$(printf '%q ' "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop) >/dev/null 2>&1; rm -rf $(printf '%q' "$dir")"
  export WIREDESK_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "CI setup: PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port"
}

wiredesk_ci_postgres
