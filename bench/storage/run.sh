#!/usr/bin/env bash
# Object storage benchmark: one large object and many small ones uploaded to MinIO through the velero.io/aws provider
# (ObjectStore.put), beside the same transfer done by curl as the limit: one SigV4-signed PUT per object, no SDK,
# no checksum, no multipart.
# Usage: bench/storage/run.sh [large-MiB] [small-count] (default: 1024 10000); small objects are 4 KiB, sent by
# BENCH_WORKERS parallel uploads (default 8) in both cases.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
LARGE_MIB=${1:-1024}
SMALL_COUNT=${2:-10000}
WORKERS=${BENCH_WORKERS:-8}
bash testenv/cluster.sh up
eval "$(bash testenv/cluster.sh env)"
mvn -B -q -ntp -pl bench -am package -DskipTests
CP="bench/target/classes:$(cat bench/target/classpath.txt)"

DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
head -c "$((LARGE_MIB * 1024 * 1024))" /dev/urandom > "$DATA/large"
head -c 4096 /dev/urandom > "$DATA/small"
# A bucket of its own, so that the objects never show up in the test bucket other runs validate.
export S3_BUCKET=velero-bench-storage
RUN="run-$(date +%s)"
BUCKET_URL="$S3_ENDPOINT/$S3_BUCKET/$RUN"

s3_curl() {
  curl -sS -f -o /dev/null --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" "$@"
}
curl_put() {
  s3_curl -T "$1" "$2"
}
s3_curl -X PUT "$S3_ENDPOINT/$S3_BUCKET" 2>/dev/null || true

# Prints "name bytes objects seconds" like ObjectStoreBenchmark.
timed() {
  local start end
  start=$(date +%s.%N)
  "${@:4}"
  end=$(date +%s.%N)
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(echo "$end - $start" | bc)"
}
# One curl process sends every small object, WORKERS at a time over reused connections: no per-process overhead.
for i in $(seq -f '%05g' 0 $((SMALL_COUNT - 1))); do
  printf 'upload-file = "%s"\nurl = "%s"\noutput = "/dev/null"\n' "$DATA/small" "$BUCKET_URL/curl/small/$i"
done > "$DATA/small.curlrc"
curl_small() {
  s3_curl --parallel --parallel-max "$WORKERS" -K "$DATA/small.curlrc"
}
{
  timed large "$(stat -c %s "$DATA/large")" 1 curl_put "$DATA/large" "$BUCKET_URL/curl/large"
  timed small "$((SMALL_COUNT * 4096))" "$SMALL_COUNT" curl_small
} > "$DATA/curl.tsv"
java -cp "$CP" io.velerojava.bench.ObjectStoreBenchmark "$DATA/large" "$DATA/small" "$SMALL_COUNT" "$WORKERS" \
  "$RUN/provider/" "$RUN/" > "$DATA/provider.tsv"

echo "| upload | curl (limit) | velero.io/aws provider | provider/curl |"
echo "|---|---|---|---|"
join -t $'\t' "$DATA/curl.tsv" "$DATA/provider.tsv" | awk -F'\t' '{
  if ($1 == "large") { name = "1 object of " $2 / 1048576 " MiB"; unit = "MiB/s"; cr = $2 / 1048576 / $4; pr = $2 / 1048576 / $7 }
  else { name = $3 " objects of 4 KiB"; unit = "objects/s"; cr = $3 / $4; pr = $3 / $7 }
  printf "| %s | %.1f s, %.1f %s | %.1f s, %.1f %s | %.2f |\n", name, $4, cr, unit, $7, pr, unit, pr / cr
}'
