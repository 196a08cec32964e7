#!/usr/bin/env bash
# Start-up time and memory of the window on a 100,000-company register, next to a bare Qt window.
# Runs on Qt's offscreen platform (no display needed); 7 runs each, medians reported.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release -DCINEREG_BUILD_BENCH=ON >/dev/null
cmake --build --preset release --target bench_startup cinereg-generate >/dev/null
data=build/bench-data/register-100000.cinereg
[ -f "$data" ] || ./build/release/bench/cinereg-generate --db "$data" --companies 100000 --today 2026-11-24
export QT_QPA_PLATFORM=offscreen
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { for i in 1 2 3 4 5 6 7; do ./build/release/bench/gui/bench_startup "$@"; done; }
bare=$(run --bare)
app=$(run --db "$data")
full=$(run --db "$data" --with-dashboard)
echo "bare window:        shown $(echo "$bare" | sed 's/.*shown_ms=\([0-9]*\).*/\1/' | median) ms, peak $(echo "$bare" | sed 's/.*peak_mib=\([0-9.]*\).*/\1/' | median) MiB"
echo "cinereg (100k):     shown $(echo "$app" | sed 's/.*shown_ms=\([0-9]*\).*/\1/' | median) ms, peak $(echo "$app" | sed 's/.*peak_mib=\([0-9.]*\).*/\1/' | median) MiB"
echo "  + dashboard read in the background: done after $(echo "$full" | sed 's/.*total_ms=\([0-9]*\).*/\1/' | median) ms, peak $(echo "$full" | sed 's/.*peak_mib=\([0-9.]*\).*/\1/' | median) MiB"
