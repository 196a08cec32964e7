#!/usr/bin/env bash
# Builds in Release and runs the search/list benchmark at 1k, 10k and 100k companies.
# Generated registers are cached in build/bench-data (delete it to regenerate).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset release -DCINEREG_BUILD_BENCH=ON >/dev/null
cmake --build --preset release --parallel "$(nproc)" --target bench_search cinereg-generate
mkdir -p build/bench-data
cd build
CINEREG_BENCH_DIR=bench-data ./release/bench/bench_search --benchmark_min_time=0.2 "$@"
