#!/usr/bin/env bash
# Backup benchmark: N ConfigMaps of ~1 KiB over 100 namespaces, backed up by the engine with a bounded heap,
# beside a raw paginated LIST of the same objects.
# Usage: bench/backup/run.sh [items...] (default: 10000 50000)
#   BENCH_RUNS     LIST + backup pairs per JVM: the first cold, the rest warm (default 3)
#   BENCH_WORKERS  item workers (default 4, the server's --item-block-worker-count default)
#   BENCH_HEAP     -Xmx of the benchmark JVM (default 256m)
#   VELERO_TESTENV_RUN  run directory of the local servers (testenv/cluster.sh), to use a private set
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
bash testenv/cluster.sh up
eval "$(bash testenv/cluster.sh env)"
mvn -B -q -ntp -pl bench -am package -DskipTests
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
echo "load average: $(uptime | sed 's/.*load average: //')"
echo "| items | JVM | workers | backed up | wall time | backup rate | raw LIST rate | backup/LIST | JVM CPU backup / LIST | API server+etcd CPU backup / LIST | peak heap | peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for items in ${@:-10000 50000}; do
  java -Xmx"${BENCH_HEAP:-256m}" -cp "$CP" io.velerojava.bench.BackupBenchmark "$items" "${BENCH_WORKERS:-4}" \
    "${BENCH_RUNS:-3}" | grep '^|'
  echo "load average: $(uptime | sed 's/.*load average: //')"
done
