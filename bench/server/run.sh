#!/usr/bin/env bash
# The interactive queries at 100,000 companies on PostgreSQL next to SQLite, same data, same run:
# builds (Release), generates the register once into build/bench-data (shared with bench/run.sh),
# starts a throwaway PostgreSQL 15 cluster (scripts/pg-cluster.sh), restores the register into it
# with `cinereg-cli --db postgresql://... restore`, runs bench_server on both, and stops the
# cluster (also on failure or Ctrl-C). Extra arguments go to bench_server.
#   CINEREG_BUILD=DIR          a configured build folder to use (default: the release preset's)
#   CINEREG_BENCH_COMPANIES=N  another size (default 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
./scripts/deps.sh
build=${CINEREG_BUILD:-build/release}
if [ -z "${CINEREG_BUILD:-}" ]; then
    cmake --preset release -DCINEREG_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target bench_server cinereg-generate cinereg-cli
n=${CINEREG_BENCH_COMPANIES:-100000}
data=$PWD/build/bench-data
mkdir -p "$data"
file=$data/register-$n.cinereg
if [ ! -e "$file" ]; then
    # The same register as bench_search's: seed 1, histories relative to 2026-11-24.
    # Into another name first: a generation that fails leaves no file taken for the register.
    rm -f "$file.new"
    "$build/bench/cinereg-generate" --db "$file.new" --companies "$n" --seed 1 --today 2026-11-24
    mv "$file.new" "$file"
fi

cluster=$(mktemp -d /tmp/cinereg-bench-pg.XXXXXX)
stop() { ./scripts/pg-cluster.sh stop "$cluster" >/dev/null 2>&1 || true; rm -rf "$cluster"; }
trap stop EXIT
url=$(./scripts/pg-cluster.sh start "$cluster")
# A private data folder: the restore's check must not find this account's own witness files.
export XDG_DATA_HOME=$cluster/home
start=$(date +%s%N)
"$build/app/cli/cinereg-cli" --db "$url" --lang en restore "$file"
echo "restore of $n companies into the server: $((($(date +%s%N) - start) / 1000000)) ms"
CINEREG_BENCH_DIR=$data CINEREG_BENCH_COMPANIES=$n CINEREG_BENCH_PG=$url \
    "$build/bench/server/bench_server" --benchmark_min_time=0.2 "$@"
