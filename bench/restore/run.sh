#!/usr/bin/env bash
# Restore benchmark: N ConfigMaps of ~1 KiB over 100 namespaces restored by the engine, beside the same objects
# created by a plain client with the same number of threads.
# Usage: bench/restore/run.sh [items...] (default: 10000); BENCH_WORKERS sets the workers (default 4);
# BENCH_MANAGED_FIELDS=1 gives every backed-up item a field manager, which the restore puts back (a request more).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
bash testenv/cluster.sh up
eval "$(bash testenv/cluster.sh env)"
mvn -B -q -ntp -pl bench -am package -DskipTests
# Run from a private copy of the classes and the project's jars: other builds in a shared tree replace them.
SNAPSHOT=$(mktemp -d /tmp/velero-bench-restore-cp.XXXXXX)
trap 'rm -rf "$SNAPSHOT"' EXIT
cp -r bench/target/classes "$SNAPSHOT/bench-classes"
CP="$SNAPSHOT/bench-classes"
for entry in $(tr ':' ' ' < bench/target/classpath.txt); do
  case "$entry" in
    "$ROOT"/*) cp "$entry" "$SNAPSHOT/"; CP="$CP:$SNAPSHOT/$(basename "$entry")" ;;
    *) CP="$CP:$entry" ;;
  esac
done
echo "load before: $(uptime)" >&2
echo "| items | workers | restored | wall time | restore rate | plain create rate | restore/plain |"
echo "|---|---|---|---|---|---|---|"
for items in "${@:-10000}"; do
  java -Xmx512m -cp "$CP" io.velerojava.bench.RestoreBenchmark "$items" "${BENCH_WORKERS:-4}"
  echo "load after: $(uptime)" >&2
done
