#!/usr/bin/env bash
# Backup benchmark: N ConfigMaps of ~1 KiB over 100 namespaces, backed up by the engine with a 256 MiB heap,
# beside a raw paginated LIST of the same objects. Usage: bench/backup/run.sh [items...] (default: 10000 50000)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
bash testenv/cluster.sh up
eval "$(bash testenv/cluster.sh env)"
mvn -B -q -ntp -pl bench -am package -DskipTests
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
echo "| items | workers | backed up | wall time | backup rate | raw LIST rate | backup/LIST | peak heap | peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in "${@:-10000 50000}"; do
  for items in $n; do
    java -Xmx256m -cp "$CP" io.velerojava.bench.BackupBenchmark "$items" "${BENCH_WORKERS:-4}"
  done
done
