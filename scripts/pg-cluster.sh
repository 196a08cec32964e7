#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: `start DIR` creates one in DIR (initdb), starts
# it on 127.0.0.1 on a free port with its socket in DIR, and prints its URL (also written to
# DIR/url); `stop DIR` stops it and removes DIR. The superuser is `cinereg_admin`; local and
# 127.0.0.1 connections are trusted, which is right only for a throwaway cluster: an office's
# server uses scram-sha-256 (README, "An office's server"). As root, the cluster runs as the
# `postgres` system user (PostgreSQL refuses to run as root).
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
action=${1:?usage: pg-cluster.sh start|stop DIR}
dir=${2:?usage: pg-cluster.sh start|stop DIR}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  # A cluster left by an interrupted run is stopped and replaced.
  "$0" stop "$dir"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  as_owner "$BIN/initdb" -D "$dir/data" -U cinereg_admin --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log"
  # A random port in the dynamic range; a taken one makes the server fail to start: try another.
  for attempt in $(seq 1 20); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
      echo "postgresql://cinereg_admin@127.0.0.1:$port/postgres" | tee "$dir/url"
      exit 0
    fi
  done
  echo "pg-cluster: the server did not start; see $dir/server.log" >&2
  exit 1
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg-cluster.sh start|stop DIR" >&2
  exit 2
  ;;
esac
