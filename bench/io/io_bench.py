#!/usr/bin/env python3
"""Times cinereg-cli import/export against sqlite3 .import of the same CSV (see run_io_bench.sh).
Prints wall time and CPU time (user + system of the child): on a shared, loaded machine the CPU
time is the fairer comparison."""
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import make_sheets  # noqa: E402


def timed(label, command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        sys.exit(f"{label}: exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    print(f"| {label} | {wall:.2f} | {cpu:.2f} |")
    return cpu


def main():
    build, n = sys.argv[1], int(sys.argv[2])
    cli = os.path.join(build, "app", "cli", "cinereg-cli")
    with tempfile.TemporaryDirectory() as d:
        make_sheets.main(d, n)
        p = lambda name: os.path.join(d, name)  # noqa: E731
        print(f"{n} companies, {2 * n} rights; build {build}")
        print("| step | wall (s) | CPU (s) |\n| --- | ---: | ---: |")
        raw_c = timed("sqlite3 .import companies.csv", ["sqlite3", p("raw1.db"), ".mode csv",
                                                        f".import {p('companies.csv')} t"])
        raw_r = timed("sqlite3 .import rights.csv", ["sqlite3", p("raw2.db"), ".mode csv",
                                                     f".import {p('rights.csv')} t"])
        db = ["--db", p("a.cinereg")]
        imp_c = timed("import companies CSV", [cli, *db, "import", "companies", p("companies.csv")])
        imp_r = timed("import rights CSV", [cli, *db, "import", "rights", p("rights.csv")])
        subprocess.run([cli, *db, "export", "companies", p("companies.xlsx")], check=True,
                       capture_output=True)
        subprocess.run([cli, *db, "export", "rights", p("rights.xlsx")], check=True,
                       capture_output=True)
        db2 = ["--db", p("b.cinereg")]
        xl_c = timed("import companies XLSX", [cli, *db2, "import", "companies",
                                               p("companies.xlsx")])
        xl_r = timed("import rights XLSX", [cli, *db2, "import", "rights", p("rights.xlsx")])
        timed("export companies CSV", [cli, *db, "export", "companies", p("out.csv")])
        timed("export companies XLSX", [cli, *db, "export", "companies", p("out.xlsx")])
        timed("export rights CSV", [cli, *db, "export", "rights", p("out-r.csv")])
        timed("export rights XLSX", [cli, *db, "export", "rights", p("out-r.xlsx")])
        print(f"\nCPU ratio import/raw: companies CSV {imp_c / raw_c:.1f}x, rights CSV "
              f"{imp_r / raw_r:.1f}x, companies XLSX {xl_c / raw_c:.1f}x, rights XLSX "
              f"{xl_r / raw_r:.1f}x")


if __name__ == "__main__":
    main()
