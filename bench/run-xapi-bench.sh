#!/usr/bin/env bash
# LRS benchmark (issue 14): xAPI ingestion (1 and 10 statements per POST, 16 connections) against pgbench inserting
# the same rows into the same PostgreSQL, then the common statement queries at about a million stored statements.
# Needs pgbench (Debian: postgresql-client); takes about eight minutes.
# Usage: bench/run-xapi-bench.sh [millions of statements to load for the queries]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
exec java -Xmx1g -cp "bench/target/lms-bench.jar:bench/target/lib/*" vn.tvet.lms.bench.XapiBenchmark "$@"
