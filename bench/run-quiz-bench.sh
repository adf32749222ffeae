#!/usr/bin/env bash
# Quiz benchmark (issue 13): 300 learners take the demo class's 20-question quiz through the app's pages over
# HTTP, answers saved 5-15 s apart; pgbench upserts the same rows into the same PostgreSQL for comparison.
# Needs pgbench (Debian: postgresql-client); takes about six minutes. Results are printed as a Markdown table.
# Usage: bench/run-quiz-bench.sh [learners]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
exec java -Xmx1g -cp "bench/target/lms-bench.jar:bench/target/lib/*" vn.tvet.lms.bench.QuizBenchmark "$@"
