#!/bin/bash
# A throwaway PostgreSQL 15 cluster for the tests (Debian's postgresql-15):
#   scripts/pg-cluster.sh start DIR   creates a cluster in DIR (replacing one left there), starts it
#                                     on 127.0.0.1 only, on a free port, and prints its URL
#                                     (also written to DIR/url)
#   scripts/pg-cluster.sh stop DIR    stops it and deletes it
# The server listens on the loopback address only (no Unix socket), trusts its logins there
# except the members of `password_checked`, who give their password (SCRAM) as an office's
# clerks do, and runs without fsync: it is for tests, never for a register. As root,
# initdb and the server run as the unprivileged user `nobody` (PostgreSQL refuses root).
set -eu

bin=/usr/lib/postgresql/15/bin
usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
    [ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed ($bin/initdb): scripts/deps.sh installs it" >&2; exit 1; }
    if [ -e "$dir/data/PG_VERSION" ]; then # left by an interrupted run: throwaway too
        echo "$dir held a cluster from before: deleting it" >&2
        stop
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown nobody "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U cinereg -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # The first matching line decides: the password check before initdb's "trust".
    as_owner sh -c "printf 'host all +password_checked 127.0.0.1/32 scram-sha-256\n' |
        cat - '$dir/data/pg_hba.conf' >'$dir/data/pg_hba.new' &&
        mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    # A free port in the dynamic range; another program may take it between the check and the
    # start, so a failed start tries the next one.
    attempt=0
    port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom) % 40000 ))
    while :; do
        attempt=$((attempt + 1))
        [ "$attempt" -le 20 ] || { echo "no free port found to start PostgreSQL" >&2; cat "$dir/server.log" >&2; exit 1; }
        port=$(( port + 1 ))
        [ "$port" -lt 65000 ] || port=20001
        port_is_free "$port" || continue
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c fsync=off -c full_page_writes=off" \
            start >/dev/null; then
            break
        fi
    done
    as_owner "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U cinereg -d postgres \
        -c "CREATE DATABASE cinereg" -c "CREATE ROLE password_checked NOLOGIN" >/dev/null
    url="postgresql://cinereg@127.0.0.1:$port/cinereg"
    echo "$url" >"$dir/url"
    echo "$url"
}

stop() {
    if [ ! -e "$dir/data/PG_VERSION" ]; then
        echo "$dir holds no cluster" >&2
        exit 1
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || true
    rm -rf "$dir/data" "$dir/url" "$dir/initdb.log" "$dir/server.log"
    rmdir "$dir" 2>/dev/null || true
}

case "$action" in
start) start ;;
stop) stop ;;
*) usage ;;
esac
