#!/usr/bin/env bash
# The sanitizer suite: the core, store, service, dossier, certificate, import/export, statistics
# and CLI tests built with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer (CMake preset `asan`, folder build/asan), then a
# short run of every libFuzzer target of fuzz/ (ctest label `fuzz`, CINEREG_FUZZ_SECONDS each).
# Any finding fails the run. Called by scripts/test.sh; runs alone too.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
SUITES=(core/rules_tests services/services_tests store/store_tests sample/sample_tests
        applications/applications_tests applications/applications_cli_tests
        certificates/certificates_tests certificates/certificates_cli_tests
        io/io_tests io/io_cli_tests statistics/stats_tests statistics/stats_cli_tests
        cli/cli_tests cli/hostile_tests)
cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$(nproc)" --target fuzz "${SUITES[@]##*/}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
for suite in "${SUITES[@]}"; do
  echo "== ASan+UBSan: $suite"
  "build/asan/tests/$suite" --gtest_brief=1
done
echo "== fuzz targets (short run)"
ctest --test-dir build/asan -L fuzz --output-on-failure
