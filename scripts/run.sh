#!/usr/bin/env bash
# The README's run command: installs what is missing, builds in Release and starts cinereg on
# its default database. Extra arguments are passed to the program (e.g. --lang ar, --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)" --target cinereg-cli
exec ./build/release/app/cli/cinereg-cli company list "$@"
