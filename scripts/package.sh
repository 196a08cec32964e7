#!/usr/bin/env bash
# Builds the Debian package (build/package/cinereg_VERSION_ARCH.deb): installs what is missing,
# builds in Release for /usr, packs with CPack and checks the package with lintian (errors fail).
# Install it with: apt install ./build/package/cinereg_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset package >/dev/null
cmake --build --preset package --parallel "$(nproc)"
rm -f build/package/cinereg_*.deb
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls build/package/cinereg_*.deb)
lintian --fail-on error --suppress-tags-from-file scripts/lintian-accepted.txt "$deb"
echo "$deb"
