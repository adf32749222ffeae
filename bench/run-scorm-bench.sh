#!/usr/bin/env bash
# SCORM commit benchmark (issue 14): 500 learners with the demo SCORM 1.2 lesson open commit their whole data model
# every 30-60 s through the content origin's commit endpoint. Takes the run time (5 minutes) plus about a minute.
# Usage: bench/run-scorm-bench.sh [learners] [minutes]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
exec java -Xmx1g -cp "bench/target/lms-bench.jar:bench/target/lib/*" vn.tvet.lms.bench.ScormBenchmark "$@"
