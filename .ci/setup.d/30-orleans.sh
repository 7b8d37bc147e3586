# Orleans' PostgreSQL scripts (membership and grain storage tables), for the cluster tests on PostgreSQL. The Orleans
# packages do not carry them; they are fetched from the Orleans repository at the tag of the packages' version.
# Without them (or without WIREDESK_TEST_PG) those tests skip and say why.
orleans_version="10.4.2"
orleans_sql="$(mktemp -d)"
ci_on_exit "rm -rf '$orleans_sql'"
orleans_fetch() {
  local ref="$1" path
  for path in Shared/PostgreSQL-Main.sql Orleans.Clustering.AdoNet/PostgreSQL-Clustering.sql Orleans.Persistence.AdoNet/PostgreSQL-Persistence.sql; do
    curl -fsSL --connect-timeout 10 --max-time 60 --retry 1 -o "$orleans_sql/$(basename "$path")" \
      "https://raw.githubusercontent.com/dotnet/orleans/$ref/src/AdoNet/$path" || return 1
  done
}
command -v curl >/dev/null 2>&1 || ci_apt_install curl ca-certificates
if orleans_fetch "v$orleans_version"; then
  export WIREDESK_ORLEANS_SQL="$orleans_sql"
  echo "CI setup: Orleans $orleans_version PostgreSQL scripts in $WIREDESK_ORLEANS_SQL"
else
  echo "CI setup: could not fetch Orleans' PostgreSQL scripts; the cluster tests on PostgreSQL will skip" >&2
  false
fi
