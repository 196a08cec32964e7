#!/usr/bin/env bash
# Certificates into PDF: one, and a batch of 1,000 in one PDF; then, when LibreOffice is
# installed, the same certificates as filled templates converted by `soffice --headless
# --convert-to pdf` in one batch, for the per-certificate comparison (issue 4: at least 50x).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release -DCINEREG_BUILD_BENCH=ON >/dev/null
cmake --build --preset release --target bench_certificates >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./build/release/bench/certificates/bench_certificates --fodt "$work/fodt" --fodt-count 100 | tee "$work/ours"
if command -v soffice >/dev/null; then
    start=$(date +%s.%N)
    soffice --headless --norestore --convert-to pdf --outdir "$work/pdf" "$work"/fodt/*.fodt >/dev/null 2>&1
    end=$(date +%s.%N)
    converted=$(ls "$work/pdf" | wc -l)
    lo=$(echo "($end - $start) * 1000 / $converted" | bc -l)
    ours=$(sed -n 's/.*per_certificate_ms=\([0-9.]*\).*/\1/p' "$work/ours")
    printf 'libreoffice: %d certificates converted, %.1f ms per certificate; cinereg batch is %.0fx faster\n' \
        "$converted" "$lo" "$(echo "$lo / $ours" | bc -l)"
else
    echo "libreoffice: not installed (apt-get install libreoffice-writer-nogui), comparison skipped"
fi
