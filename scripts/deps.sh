#!/usr/bin/env bash
# Installs the Debian 12 packages cinereg needs to build, run and test.
# Idempotent: when everything is present it only asks dpkg, which takes a fraction of a second.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build pkg-config git ca-certificates
  # Qt 6: widgets, SQL (SQLite driver), translations tools, PDF printing support
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libgl-dev
  # storage: SQLite (system library, FTS5) and its shell for the benchmark's raw-query baseline
  libsqlite3-dev sqlite3
  # an office's central register: Qt's PostgreSQL driver, and PostgreSQL 15 itself, whose
  # throwaway clusters (initdb/pg_ctl on a free local port) the PostgreSQL tests start and stop
  libqt6sql6-psql postgresql-15 postgresql-client-15
  # certificates: QR codes, Ed25519 signatures, PDF text extraction for verification
  libqrencode-dev libsodium-dev libpoppler-qt6-dev
  # statistics: Qt Charts for the Statistics tab and its printed report (GPL-3, see LICENSE);
  # Debian 12's qt6-charts-dev does not pull the OpenGL module its CMake config requires
  qt6-charts-dev libqt6opengl6-dev
  # the published status list is GZIP-compressed (W3C Bitstring Status List), with zlib
  zlib1g-dev
  # import/export of sheets: libzip unzips XLSX workbooks (read with QXmlStreamReader),
  # libxlsxwriter writes them (QuaZip is not used: its minizip symbols clash with libxlsxwriter's)
  libzip-dev libxlsxwriter-dev
  # tests and benchmarks (zbarimg reads the certificates' QR codes back in a test)
  libgtest-dev libgmock-dev libbenchmark-dev zbar-tools
  # the public verification page is tested in a real browser: headless Chromium (label "browser")
  chromium
  # fonts: Latin and Arabic (Noto Naskh Arabic) for the window and printed documents
  fontconfig fonts-dejavu-core fonts-noto-core
  # a display for GUI sessions and screenshots on machines without one
  xvfb xauth
  # the Debian package (scripts/package.sh, ctest -L package): CPack's dependency scan and
  # stripping, man pages from --help, and the validators of the package and its desktop files
  dpkg-dev file help2man lintian desktop-file-utils appstream
  # the sanitizer suite and fuzzing (scripts/sanitize.sh): clang with libFuzzer and the ASan/UBSan
  # runtimes, llvm-symbolizer for readable stack traces in their reports
  clang libclang-rt-14-dev llvm
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "cinereg: installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
