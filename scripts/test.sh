#!/usr/bin/env bash
# The README's test command: installs what is missing, builds in Release, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
# The benchmarks are no tests: bench/*/run.sh builds them (CINEREG_BUILD_BENCH=ON) when run.
cmake --preset release -DCINEREG_BUILD_BENCH=OFF
cmake --build --preset release --parallel "$(nproc)"
# GUI tests draw on Qt's offscreen platform: no display is needed.
export QT_QPA_PLATFORM=offscreen
ctest --preset release --parallel "$(nproc)"
# The same core, store, service and CLI tests under ASan+UBSan, and a short run of each fuzz
# target (clang, separate folder build/asan).
./scripts/sanitize.sh
