#!/usr/bin/env bash
# The README's run command: installs what is missing, builds in Release and starts the cinereg
# window on its default register. Arguments go to the program (--demo, --lang ar, --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)" --target cinereg cinereg-cli
bin=./build/release/app/gui/cinereg
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "cinereg: no display here; starting on a virtual display (xvfb-run). Stop with Ctrl+C." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" "$@"
fi
exec "$bin" "$@"
