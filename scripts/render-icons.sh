#!/usr/bin/env bash
# Renders the application icon's PNG sizes for the hicolor theme from its SVG source. Run after
# editing resources/icons/ma.ccm.cinereg.svg; the PNGs are committed so that a build needs no
# SVG renderer. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" ma.ccm.cinereg.svg -o "hicolor/${size}x${size}/ma.ccm.cinereg.png"
done
