#!/usr/bin/env bash
# Repository benchmark: snapshot MB/s (large files), files/s (small files), unchanged and 10%-changed re-snapshots,
# restore MB/s, deduplication ratio, peak RSS. Usage:
#   bench/repository/run.sh [work dir] [large files] [large file MiB] [small files] [parallel files]
# Defaults: /tmp/velero-repository-bench 4 256 20000 <cores>. Results are recorded in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -pl repository -am install -DskipTests -DskipITs
mvn -B -q -pl repository dependency:build-classpath -Dmdep.outputFile="$PWD/repository/target/classpath.txt"
exec java -Xmx512m -cp "repository/target/classes:repository/target/test-classes:$(cat repository/target/classpath.txt)" \
  io.velerojava.repository.RepositoryBenchmark "$@"
