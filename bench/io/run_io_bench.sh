#!/bin/sh
# Import and export timings next to `sqlite3 .import` of the same files, in the same run.
#   bench/io/run_io_bench.sh [BUILD_DIR] [COMPANIES]      (default build/release, 10000)
# COMPANIES companies and 2 x COMPANIES rights (an authorization and a national accreditation
# each, one in ten suspended), as CSV, then the same register exported to XLSX and imported
# from it; then the export of the whole register. Every import validates each row through
# CompanyService/RightService in one transaction, exactly as `cinereg-cli import` does.
set -eu
BUILD=${1:-build/release}
N=${2:-10000}
exec python3 "$(dirname "$0")/io_bench.py" "$BUILD" "$N"
