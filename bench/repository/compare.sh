#!/usr/bin/env bash
# Side-by-side benchmark of our repository, restic and kopia (built by bench/tools/build.sh) on the same generated
# data, in one run, against a local directory and the testenv's MinIO. For each tool and target: first backup MB/s
# and files/s, unchanged re-backup, 10%-changed re-backup, restore MB/s, repository size, peak RSS of any step.
#
# Usage: bench/repository/compare.sh [work dir]         (results: <work dir>/results.md; see docs/benchmarks.md)
# Environment (all optional):
#   LARGE_MIB=256      size of each of the 4 large files (3 random, 1 base64 text) plus one duplicate of the first
#   SMALL_FILES=20000  small files of 1-16 KiB of random letters in 200 directories, plus 2,000 duplicates
#   TOOLS="velero-java restic kopia"  TARGETS="dir s3"  KOPIA_VERSION=v0.22.3  RESTIC_VERSION=v0.19.1
#   JAVA_OPTS="-Xmx512m"   JVM options of our tool
# The page cache cannot be dropped here (no root on the host kernel), so the whole tree is read once before the
# first tool runs: every tool reads its input from memory, and the figures are CPU- and target-bound, not disk-bound.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mkdir -p "${1:-/tmp/velero-repository-compare}" && cd "${1:-/tmp/velero-repository-compare}" && pwd)
LARGE_MIB=${LARGE_MIB:-256}
SMALL_FILES=${SMALL_FILES:-20000}
TOOLS=${TOOLS:-velero-java restic kopia}
TARGETS=${TARGETS:-dir s3}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
SRC=$WORK/data
RUN_ID=compare-$(date +%s)
export VELERO_REPOSITORY_PASSWORD=bench-password RESTIC_PASSWORD=bench-password KOPIA_PASSWORD=bench-password
export KOPIA_CHECK_FOR_UPDATES=false
export VELERO_REPOSITORY_CACHE_DIR=$WORK/velero-java-cache # like restic --cache-dir below: in the work dir

say() { printf '[compare] %s\n' "$*" >&2; }

# --- tools ----------------------------------------------------------------------------------------------------------
cd "$ROOT"
# `up` when not running only: the running servers inherit the lock that `up` takes, so a second `up` would wait.
bash testenv/cluster.sh status >/dev/null || bash testenv/cluster.sh up
eval "$(bash testenv/cluster.sh env)"
export AWS_ACCESS_KEY_ID=$S3_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$S3_SECRET_KEY
mvn -B -q -ntp -pl bench -am install -DskipTests -DskipITs
# A private copy of the class path: other builds in this working tree may rewrite target/ jars during the run.
rm -rf "$WORK/lib" && mkdir -p "$WORK/lib"
cp bench/target/velero-bench-*.jar $(tr ':' ' ' <bench/target/classpath.txt) "$WORK/lib/"
CP="$WORK/lib/*"
OURS=(java $JAVA_OPTS -cp "$CP" io.velerojava.bench.repository.RepositoryBenchCommand)
declare -A BIN=()
while read -r name path; do BIN[$name]=$path; done < <(bench/tools/build.sh "${KOPIA_VERSION:-v0.22.3}" \
  "${RESTIC_VERSION:-v0.19.1}" || true)
VERSION_LINE="$(java -version 2>&1 | head -1); minio $(. testenv/versions.env && echo "$MINIO_VERSION")"
[[ -n ${BIN[restic]:-} ]] && VERSION_LINE+="; $("${BIN[restic]}" version)"
[[ -n ${BIN[kopia]:-} ]] && VERSION_LINE+="; kopia $("${BIN[kopia]}" --version | cut -d" " -f1)" # "v0.22.3 build: ..."

# --- data: generated once, changed and reverted identically for every tool ------------------------------------------
# testdata generate|change|revert: a seeded tree; "change" rewrites 10% of the bytes (a 10% region of each large
# file but the duplicate, 10% of the small files) after saving what it overwrites, "revert" puts it back.
testdata() {
  python3 - "$1" "$SRC" "$WORK/originals" "$LARGE_MIB" "$SMALL_FILES" <<'PY'
import base64, os, random, shutil, sys
mode, src, originals, large_mib, small_files = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
MIB = 1 << 20
LETTERS = bytes(range(97, 123)) * 10  # 260 entries: a byte maps to a lowercase letter
def letters(rng, n):
    return rng.randbytes(n).translate(LETTERS[:256])
def small_path(i):
    return os.path.join(src, "small", "d%03d" % (i % 200), "file %05d.txt" % i)
def large_paths():
    return [os.path.join(src, "large", name) for name in ("random-0.bin", "random-1.bin", "random-2.bin", "text.b64")]
if mode == "generate":
    rng = random.Random(1)
    os.makedirs(os.path.join(src, "large"))
    for path in large_paths():
        with open(path, "wb") as out:
            for _ in range(large_mib):
                out.write(base64.b64encode(rng.randbytes(MIB * 3 // 4)) if path.endswith(".b64") else rng.randbytes(MIB))
    shutil.copyfile(large_paths()[0], os.path.join(src, "large", "copy-of-random-0.bin"))
    for i in range(small_files):
        os.makedirs(os.path.dirname(small_path(i)), exist_ok=True)
        with open(small_path(i), "wb") as out:
            out.write(letters(rng, rng.randint(1024, 16384)))
    os.makedirs(os.path.join(src, "duplicates"))
    for i in range(0, small_files, max(1, small_files // 2000)):
        shutil.copyfile(small_path(i), os.path.join(src, "duplicates", "dup-%05d.txt" % i))
elif mode == "change":
    rng = random.Random(2)
    os.makedirs(originals)
    for n, path in enumerate(large_paths()):
        size = os.path.getsize(path)
        length = size // 10
        offset = rng.randrange(0, size - length)
        with open(path, "r+b") as f:
            f.seek(offset)
            with open(os.path.join(originals, "large-%d" % n), "wb") as saved:
                saved.write(offset.to_bytes(8, "big") + f.read(length))
            f.seek(offset)
            f.write(letters(rng, length) if path.endswith(".b64") else rng.randbytes(length))
    for i in range(0, small_files, 10):
        shutil.copyfile(small_path(i), os.path.join(originals, "small-%d" % i))
        with open(small_path(i), "wb") as out:
            out.write(letters(rng, rng.randint(1024, 16384)))
elif mode == "revert":
    for n, path in enumerate(large_paths()):
        with open(os.path.join(originals, "large-%d" % n), "rb") as saved:
            offset = int.from_bytes(saved.read(8), "big")
            with open(path, "r+b") as f:
                f.seek(offset)
                f.write(saved.read())
    for i in range(0, small_files, 10):
        shutil.copyfile(os.path.join(originals, "small-%d" % i), small_path(i))
    shutil.rmtree(originals)
PY
}

if [[ ! -d $SRC ]]; then
  say "generating the data in $SRC"
  testdata generate
fi
if [[ -d $WORK/originals ]]; then testdata revert; fi # an interrupted run left the data changed
rm -rf "$WORK/repos" "$WORK/restore" "$WORK/times" "$WORK/restic-cache" "$WORK/velero-java-cache" "$WORK/kopia-config"
mkdir -p "$WORK/repos" "$WORK/times" "$WORK/kopia-config"
DATA_BYTES=$(du -sb --apparent-size "$SRC" | cut -f1)
DATA_FILES=$(find "$SRC" -type f | wc -l)
# tree_checksum <dir>: one hash over the names and contents of every file, in name order.
tree_checksum() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
CHECKSUMS=$(tree_checksum "$SRC")
say "data: $DATA_BYTES bytes in $DATA_FILES files (read once now to warm the page cache)"

# --- one tool on one target -------------------------------------------------------------------------------------------
# timed <label> <command...>: runs the command under /usr/bin/time; records "<seconds> <cpu seconds> <max RSS KiB>".
timed() {
  local label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/times/$label.raw" "$@" >"$WORK/times/$label.log" 2>&1 \
    || { cat "$WORK/times/$label.log" >&2; say "FAILED: $label"; return 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$WORK/times/$label.raw" >"$WORK/times/$label"
}

# run_tool <tool> <target>: create, first backup, unchanged backup, change 10%, backup, restore, size; then revert.
run_tool() {
  local tool=$1 target=$2
  local id="$tool-$target" key_prefix="$RUN_ID/$tool/" repo=$WORK/repos/$tool-$target restored=$WORK/restore/$tool-$target
  local create backup restore restored_root=$restored location
  case "$tool" in
    velero-java)
      [[ $target == dir ]] && location="dir:$repo" || location="s3:$key_prefix"
      create=("${OURS[@]}" "$location" create)
      backup=("${OURS[@]}" "$location" snapshot "$SRC")
      restore=("${OURS[@]}" "$location" restore "$restored") ;;
    restic)
      [[ $target == dir ]] && location=$repo || location="s3:$S3_ENDPOINT/$S3_BUCKET/${key_prefix%/}"
      local restic=("${BIN[restic]}" -r "$location" --cache-dir "$WORK/restic-cache/$id")
      create=("${restic[@]}" init)
      backup=("${restic[@]}" backup --host bench "$SRC")
      restore=("${restic[@]}" restore latest --host bench --target "$restored")
      restored_root=$restored$SRC ;; # restic restores absolute paths below the target
    kopia)
      local kopia=("${BIN[kopia]}" --config-file "$WORK/kopia-config/$id.config")
      if [[ $target == dir ]]; then
        create=("${kopia[@]}" repository create filesystem --path "$repo")
      else
        create=("${kopia[@]}" repository create s3 --bucket "$S3_BUCKET" --endpoint "${S3_ENDPOINT#http://}"
          --disable-tls --access-key "$S3_ACCESS_KEY" --secret-access-key "$S3_SECRET_KEY" --region us-east-1
          --prefix "$key_prefix")
      fi
      backup=("${kopia[@]}" snapshot create "$SRC") ;; # restore: needs the id of the last snapshot, below
  esac
  say "$id: create"; timed "$id-create" "${create[@]}"
  say "$id: first backup"; timed "$id-first" "${backup[@]}"
  say "$id: unchanged re-backup"; timed "$id-unchanged" "${backup[@]}"
  testdata change
  say "$id: 10%-changed re-backup"; timed "$id-changed" "${backup[@]}"
  if [[ $tool == kopia ]]; then
    restore=("${kopia[@]}" snapshot restore "$("${kopia[@]}" snapshot list "$SRC" --json \
      | python3 -c 'import json, sys; print(json.load(sys.stdin)[-1]["id"])')" "$restored")
  fi
  say "$id: restore"; timed "$id-restore" "${restore[@]}"
  if [[ $(tree_checksum "$restored_root") != $(tree_checksum "$SRC") ]]; then
    say "$id: RESTORED DATA DIFFERS from the source"; echo "$id: restored data differs" >>"$WORK/times/failures"
  fi
  rm -rf "$WORK/restore"
  testdata revert
  if [[ $target == dir ]]; then
    du -sb --apparent-size "$repo" | cut -f1 >"$WORK/times/$id-size"
  else
    "${OURS[@]}" "s3:$key_prefix" stored-bytes >"$WORK/times/$id-size"
    "${OURS[@]}" "s3:$key_prefix" delete-all
  fi
}

# --- the run ----------------------------------------------------------------------------------------------------------
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u +%Y-%m-%dT%H:%MZ)
for target in $TARGETS; do
  for tool in $TOOLS; do
    if [[ $tool != velero-java && -z ${BIN[$tool]:-} ]]; then
      say "$tool was not built (see bench/tools/build.sh output above); skipping it"; continue
    fi
    run_tool "$tool" "$target"
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the tables -------------------------------------------------------------------------------------------------------
field() { cut -d' ' -f"$2" "$WORK/times/$1"; }
{
  echo "Run $STARTED, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average before $LOAD_BEFORE, after $LOAD_AFTER"
  echo "Versions: $VERSION_LINE; JAVA_OPTS=$JAVA_OPTS"
  echo "Data: $DATA_BYTES bytes in $DATA_FILES files (LARGE_MIB=$LARGE_MIB SMALL_FILES=$SMALL_FILES)"
  for target in $TARGETS; do
    echo
    echo "Target: $target"
    echo
    echo "| tool | first backup | MB/s | files/s | CPU s | unchanged re-backup | 10%-changed re-backup | restore | restore MB/s | repository size | peak RSS |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    for tool in $TOOLS; do
      id=$tool-$target
      [[ -f $WORK/times/$id-restore ]] || continue
      first=$(field "$id-first" 1); restore=$(field "$id-restore" 1)
      rss=$(cat "$WORK/times/$id"-{create,first,unchanged,changed,restore} | awk '$3 > m { m = $3 } END { print m }')
      awk -v tool="$tool" -v first="$first" -v cpu="$(field "$id-first" 2)" -v unchanged="$(field "$id-unchanged" 1)" \
          -v changed="$(field "$id-changed" 1)" -v restore="$restore" -v bytes="$DATA_BYTES" -v files="$DATA_FILES" \
          -v size="$(cat "$WORK/times/$id-size")" -v rss="$rss" 'BEGIN {
        printf "| %s | %.1f s | %.0f | %.0f | %.1f | %.1f s | %.1f s | %.1f s | %.0f | %.0f MB | %.0f MB |\n",
          tool, first, bytes / first / 1e6, files / first, cpu, unchanged, changed, restore, bytes / restore / 1e6,
          size / 1e6, rss * 1024 / 1e6 }'
    done
  done
  echo
  echo "CPU seconds (user + system) of each step, the figure least disturbed by other load on the machine:"
  echo
  echo "| target | tool | create | first backup | unchanged re-backup | 10%-changed re-backup | restore |"
  echo "|---|---|---|---|---|---|---|"
  for target in $TARGETS; do
    for tool in $TOOLS; do
      id=$tool-$target
      [[ -f $WORK/times/$id-restore ]] || continue
      echo "| $target | $tool | $(for step in create first unchanged changed restore; do printf '%s | ' "$(field "$id-$step" 2)"; done)"
    done
  done
  if [[ -f $WORK/times/failures ]]; then echo; echo "FAILURES:"; cat "$WORK/times/failures"; fi
} | tee "$WORK/results.md"
