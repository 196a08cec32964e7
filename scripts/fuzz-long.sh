#!/usr/bin/env bash
# The long fuzz run: every libFuzzer target of fuzz/ for RUNS executions (default ten million),
# from its seed corpus, new inputs kept in WORK (default /var/tmp/cinereg-fuzz) so that a second
# run goes on from the first. Prints one line per target (executions, seconds, coverage, corpus);
# exits non-zero at the first finding, whose reproducer libFuzzer leaves in WORK/<name>/.
# Not part of the test command (it takes about an hour per target on one core); see README.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10000000}
WORK=${WORK:-/var/tmp/cinereg-fuzz}
./scripts/deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan --target fuzz >/dev/null
export QT_QPA_PLATFORM=offscreen UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in build/asan/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target"); name=${name#fuzz_}
  mkdir -p "$WORK/$name/corpus"
  log="$WORK/$name/run.log"
  start=$(date +%s)
  (cd "$WORK/$name" && "$OLDPWD/$target" -runs="$RUNS" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 corpus "$OLDPWD/fuzz/corpus/$name") >"$log" 2>&1 || {
    echo "fuzz_$name: FINDING after $(( $(date +%s) - start )) s, see $log" >&2
    tail -30 "$log" >&2
    exit 1
  }
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  echo "fuzz_$name: $execs executions in $(( $(date +%s) - start )) s, $cov, corpus $(ls "$WORK/$name/corpus" | wc -l) inputs, no finding"
done
