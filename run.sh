#!/usr/bin/env bash
# Builds TVET LMS and starts it on embedded defaults: PostgreSQL, an S3 server and Payara Micro, with demo data.
# Data stays in ./data (override with LMS_DATA_DIR); Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package
exec java -jar lms-launcher/target/lms-launcher.jar "$@"
