#!/usr/bin/env bash
# Library benchmark (issue 3): the app's upload/download paths against the S3 server direct, in one run.
# Needs ~3 GiB free disk; takes a few minutes. Results are printed as a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
exec java -Xmx512m -cp "bench/target/lms-bench.jar:bench/target/lib/*" vn.tvet.lms.bench.LibraryBenchmark "$@"
