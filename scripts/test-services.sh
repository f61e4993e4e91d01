#!/usr/bin/env bash
# What the tests need beyond Python packages, installed and started when missing:
# Debian's chromium (the console's browser tests), Node.js with npm (the JavaScript SDK's
# tests) and a PostgreSQL server that trusts local connections on 127.0.0.1:5432 (or the
# server named by LAMINA_TEST_POSTGRES_URL, which is only checked). `make test` runs it.
set -euo pipefail

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
apt_updated=""

apt_install() {
    if [ -z "$apt_updated" ]; then
        "${as_root[@]}" apt-get update -qq
        apt_updated=1
    fi
    echo "test-services: installing $* (Debian packages)"
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "$@" >/dev/null
}

[ -x /usr/bin/chromium ] || apt_install chromium
command -v npm >/dev/null || apt_install nodejs npm

if [ -n "${LAMINA_TEST_POSTGRES_URL:-}" ]; then
    psql "$LAMINA_TEST_POSTGRES_URL" -qAtc "select 1" >/dev/null || {
        echo "test-services: LAMINA_TEST_POSTGRES_URL ($LAMINA_TEST_POSTGRES_URL) is unreachable" >&2
        exit 1
    }
    exit 0
fi

server_answers() {
    psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -qAtc "select 1" >/dev/null 2>&1
}
server_answers && exit 0

command -v pg_ctlcluster >/dev/null || apt_install postgresql
version=$(pg_lsclusters --no-header 2>/dev/null | awk '$2 == "main" {print $1}' | sort -n | tail -1)
if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    "${as_root[@]}" pg_createcluster "$version" main >/dev/null
fi
hba=/etc/postgresql/$version/main/pg_hba.conf
trust="host all all 127.0.0.1/32 trust"
if ! "${as_root[@]}" grep -qx "$trust" "$hba"; then
    # The first matching line wins, so the rule goes before Debian's password rules.
    echo "test-services: trusting 127.0.0.1 in $hba"
    rules=$(mktemp)
    "${as_root[@]}" cat "$hba" |
        awk -v rule="$trust" '!done && /^[[:space:]]*(local|host)/ {print rule; done = 1} {print}' \
            >"$rules"
    "${as_root[@]}" tee "$hba" <"$rules" >/dev/null
    rm -f "$rules"
fi
echo "test-services: starting PostgreSQL $version"
"${as_root[@]}" pg_ctlcluster "$version" main start 2>/dev/null ||
    "${as_root[@]}" pg_ctlcluster "$version" main reload
for _ in $(seq 30); do server_answers && exit 0; sleep 1; done
echo "test-services: PostgreSQL $version did not answer on 127.0.0.1:5432 as user postgres" >&2
exit 1
