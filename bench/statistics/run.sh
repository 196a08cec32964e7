#!/usr/bin/env bash
# Builds in Release and runs the statistics benchmark at 1k, 10k and 100k companies.
# Generated registers are shared with bench/run.sh in build/bench-data.
set -euo pipefail
cd "$(dirname "$0")/../.."
./scripts/deps.sh
cmake --preset release -DCINEREG_BUILD_BENCH=ON >/dev/null
cmake --build --preset release --parallel "$(nproc)" --target bench_statistics
mkdir -p build/bench-data
cd build
CINEREG_BENCH_DIR=bench-data ./release/bench/statistics/bench_statistics --benchmark_min_time=0.5 "$@"
