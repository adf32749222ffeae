#!/usr/bin/env bash
# Search benchmark (issue 4): the app's search service against bare Lucene on the same 100,000-document
# index, in one run. Needs ~1 GiB free disk; takes a few minutes. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
exec java -Xmx1g -cp "bench/target/lms-bench.jar:bench/target/lib/*" vn.tvet.lms.bench.SearchBenchmark "$@"
