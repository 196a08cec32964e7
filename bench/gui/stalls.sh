#!/usr/bin/env bash
# The window's longest event-loop stalls on a 100,000-company register while searching,
# filtering, opening a company, the production dialog and "who may execute?" (bench_stalls:
# a 5 ms timer on the UI thread, the largest gap between its ticks per step). Offscreen.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release -DCINEREG_BUILD_BENCH=ON >/dev/null
cmake --build --preset release --target bench_stalls cinereg-generate >/dev/null
data=build/bench-data/register-100000.cinereg
[ -f "$data" ] || ./build/release/bench/cinereg-generate --db "$data" --companies 100000 --today 2026-11-24
QT_QPA_PLATFORM=offscreen ./build/release/bench/gui/bench_stalls --db "$data"
