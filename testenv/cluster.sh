#!/usr/bin/env bash
# A real local control plane and object stores for tests and the demo, all bound to 127.0.0.1:
# etcd + kube-apiserver + kube-controller-manager, MinIO (S3), fake-gcs-server (GCS) and Azurite (Azure Blob).
#
# Usage: testenv/cluster.sh up|down|env|status
#   up      build missing binaries (cached by version), start everything, wait until ready (idempotent)
#   down    stop the processes this script started (by pid) and remove the run directory
#   env     print `export` lines for eval: KUBECONFIG, S3_*, GCS_ENDPOINT, AZURE_*, PATH with kubectl
#   status  print the state of each process; exit 1 unless all are running
#
# State lives in $VELERO_TESTENV_RUN (default: <repo>/.run/testenv): pki/, logs/<name>.log, pids/<name>.pid, env.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
. "$HERE/versions.env"
CACHE=${VELERO_JAVA_CACHE:-$HOME/.cache/velero-java}
RUN=${VELERO_TESTENV_RUN:-$REPO/.run/testenv}
K8S_BIN="$CACHE/bin/k8s-$K8S_VERSION"
ETCD_BIN="$CACHE/bin/etcd-$ETCD_VERSION/etcd"
MINIO_BIN="$CACHE/bin/minio-$MINIO_VERSION/minio"
GCS_BIN="$CACHE/bin/fake-gcs-server-$FAKE_GCS_VERSION/fake-gcs-server"
AZURITE_BIN="$CACHE/bin/azurite-$AZURITE_VERSION/node_modules/.bin/azurite-blob"
COMPONENTS="etcd kube-apiserver kube-controller-manager minio fake-gcs-server azurite"
# Azurite's documented development account (public, not a secret).
AZURE_ACCOUNT_NAME=devstoreaccount1
AZURE_ACCOUNT_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

say() { printf '[testenv] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

pid_alive() { local f="$RUN/pids/$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

# start NAME CMD...: runs CMD in the background, logging to logs/NAME.log, remembering its pid.
start() {
  local name=$1; shift
  say "starting $name (log: $RUN/logs/$name.log)"
  nohup "$@" >"$RUN/logs/$name.log" 2>&1 </dev/null 9>&- &   # 9>&-: the servers must not hold the up lock
  echo $! >"$RUN/pids/$name.pid"
}

# wait_for NAME SECONDS CMD...: polls CMD until it succeeds; fails with the log's tail if NAME dies or time runs out.
wait_for() {
  local name=$1 timeout=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    pid_alive "$name" || { tail -n 30 "$RUN/logs/$name.log" >&2; die "$name exited during start-up (log: $RUN/logs/$name.log)"; }
    [ $SECONDS -lt $deadline ] || { tail -n 30 "$RUN/logs/$name.log" >&2; die "$name not ready after ${timeout}s (log: $RUN/logs/$name.log)"; }
    sleep 0.5
  done
  say "$name ready"
}

make_pki() {
  local d="$RUN/pki"; mkdir -p "$d"
  (
    cd "$d"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=velero-testenv-ca -keyout ca.key -out ca.crt 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj /CN=kube-apiserver -keyout apiserver.key -out apiserver.csr 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,IP:10.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc\nextendedKeyUsage=serverAuth\n' >ext.cnf
    openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -extfile ext.cnf -out apiserver.crt 2>/dev/null
    openssl genrsa -out sa.key 2048 2>/dev/null
    openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
  )
}

write_kubeconfig() {
  cat >"$RUN/admin.kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: velero-testenv
  cluster:
    server: https://127.0.0.1:$API_PORT
    certificate-authority: $RUN/pki/ca.crt
users:
- name: admin
  user:
    token: $ADMIN_TOKEN
contexts:
- name: velero-testenv
  context: {cluster: velero-testenv, user: admin, namespace: default}
current-context: velero-testenv
EOF
}

write_env() {
  cat >"$RUN/env" <<EOF
export KUBECONFIG='$RUN/admin.kubeconfig'
export KUBECTL='$K8S_BIN/kubectl'
export S3_ENDPOINT='http://127.0.0.1:$S3_PORT'
export S3_ACCESS_KEY='$S3_ACCESS_KEY'
export S3_SECRET_KEY='$S3_SECRET_KEY'
export S3_BUCKET='$S3_BUCKET'
export GCS_ENDPOINT='http://127.0.0.1:$GCS_PORT'
export AZURE_BLOB_ENDPOINT='http://127.0.0.1:$AZURE_PORT/$AZURE_ACCOUNT_NAME'
export AZURE_ACCOUNT_NAME='$AZURE_ACCOUNT_NAME'
export AZURE_ACCOUNT_KEY='$AZURE_ACCOUNT_KEY'
export VELERO_TESTENV_FILE='$RUN/env'
export PATH="$K8S_BIN:\$PATH"
EOF
}

all_running() { local c; for c in $COMPONENTS; do pid_alive "$c" || return 1; done; }

kubectl_admin() { "$K8S_BIN/kubectl" --kubeconfig "$RUN/admin.kubeconfig" "$@"; }

cmd_up() {
  # One `up` at a time: parallel test JVMs may ask for the environment together.
  mkdir -p "$(dirname "$RUN")"
  exec 9>"$RUN.lock"
  flock 9
  if all_running && [ -f "$RUN/env" ]; then say "already running (env: $RUN/env)"; return; fi
  local t0=$SECONDS
  "$HERE/build.sh" all
  say "binaries ready after $((SECONDS - t0))s"
  cmd_down quiet
  mkdir -p "$RUN/logs" "$RUN/pids"
  make_pki
  ETCD_PORT=$(free_port); PEER_PORT=$(free_port); API_PORT=$(free_port); KCM_PORT=$(free_port)
  S3_PORT=$(free_port); S3_CONSOLE_PORT=$(free_port); GCS_PORT=$(free_port); AZURE_PORT=$(free_port)
  ADMIN_TOKEN=$(openssl rand -hex 24)
  S3_ACCESS_KEY=velero-$(openssl rand -hex 4); S3_SECRET_KEY=$(openssl rand -hex 20); S3_BUCKET=velero-test
  echo "$ADMIN_TOKEN,admin,admin,\"system:masters\"" >"$RUN/tokens.csv"
  write_kubeconfig
  write_env

  start etcd "$ETCD_BIN" --name=testenv --data-dir="$RUN/etcd" \
    --listen-client-urls="http://127.0.0.1:$ETCD_PORT" --advertise-client-urls="http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls="http://127.0.0.1:$PEER_PORT" --initial-advertise-peer-urls="http://127.0.0.1:$PEER_PORT" \
    --initial-cluster="testenv=http://127.0.0.1:$PEER_PORT" --unsafe-no-fsync --log-level=warn
  start minio env MINIO_ROOT_USER="$S3_ACCESS_KEY" MINIO_ROOT_PASSWORD="$S3_SECRET_KEY" MINIO_BROWSER=off \
    MINIO_UPDATE=off MINIO_CI_CD=1 "$MINIO_BIN" server --address "127.0.0.1:$S3_PORT" \
    --console-address "127.0.0.1:$S3_CONSOLE_PORT" --quiet "$RUN/minio-data"
  start fake-gcs-server "$GCS_BIN" -scheme http -host 127.0.0.1 -port "$GCS_PORT" \
    -external-url "http://127.0.0.1:$GCS_PORT" -public-host "127.0.0.1:$GCS_PORT" -backend memory -log-level warn
  start azurite "$AZURITE_BIN" --blobHost 127.0.0.1 --blobPort "$AZURE_PORT" --location "$RUN/azurite" \
    --silent --skipApiVersionCheck --loose
  wait_for etcd 60 curl -sf "http://127.0.0.1:$ETCD_PORT/health"

  start kube-apiserver "$K8S_BIN/kube-apiserver" \
    --etcd-servers="http://127.0.0.1:$ETCD_PORT" \
    --bind-address=127.0.0.1 --advertise-address=127.0.0.1 --secure-port="$API_PORT" \
    --cert-dir="$RUN/pki" --tls-cert-file="$RUN/pki/apiserver.crt" --tls-private-key-file="$RUN/pki/apiserver.key" \
    --token-auth-file="$RUN/tokens.csv" --client-ca-file="$RUN/pki/ca.crt" \
    --authorization-mode=RBAC \
    --service-account-issuer=https://kubernetes.default.svc \
    --service-account-key-file="$RUN/pki/sa.pub" --service-account-signing-key-file="$RUN/pki/sa.key" \
    --service-cluster-ip-range=10.0.0.0/24 --allow-privileged=true --profiling=false
  wait_for minio 60 curl -sf "http://127.0.0.1:$S3_PORT/minio/health/ready"
  curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" \
    -X PUT "http://127.0.0.1:$S3_PORT/$S3_BUCKET" >/dev/null || die "could not create bucket $S3_BUCKET in MinIO"
  wait_for fake-gcs-server 60 curl -sf "http://127.0.0.1:$GCS_PORT/_internal/healthcheck"
  wait_for azurite 60 curl -s -o /dev/null "http://127.0.0.1:$AZURE_PORT/$AZURE_ACCOUNT_NAME?comp=list"
  wait_for kube-apiserver 180 curl -sfk -H "Authorization: Bearer $ADMIN_TOKEN" "https://127.0.0.1:$API_PORT/readyz"

  start kube-controller-manager "$K8S_BIN/kube-controller-manager" \
    --kubeconfig="$RUN/admin.kubeconfig" \
    --authentication-kubeconfig="$RUN/admin.kubeconfig" --authorization-kubeconfig="$RUN/admin.kubeconfig" \
    --bind-address=127.0.0.1 --secure-port="$KCM_PORT" \
    --leader-elect=false --use-service-account-credentials=false \
    --service-account-private-key-file="$RUN/pki/sa.key" --root-ca-file="$RUN/pki/ca.crt" \
    --controllers=namespace-controller,garbage-collector-controller,serviceaccount-controller,serviceaccount-token-controller,root-ca-certificate-publisher-controller,clusterrole-aggregation-controller,persistentvolumeclaim-protection-controller,persistentvolume-protection-controller,persistentvolume-binder-controller
  wait_for kube-controller-manager 120 kubectl_admin get serviceaccount default -n default
  say "up in $((SECONDS - t0))s; eval \"\$($0 env)\" to use it (kubeconfig: $RUN/admin.kubeconfig)"
}

cmd_down() {
  local c pid
  for c in kube-controller-manager kube-apiserver etcd minio fake-gcs-server azurite; do
    [ -f "$RUN/pids/$c.pid" ] || continue
    pid=$(cat "$RUN/pids/$c.pid")
    if kill -0 "$pid" 2>/dev/null; then
      [ "${1:-}" = quiet ] || say "stopping $c (pid $pid)"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN/pids/$c.pid"
  done
  rm -rf "$RUN"
}

cmd_status() {
  local c rc=0
  for c in $COMPONENTS; do
    if pid_alive "$c"; then echo "$c: running (pid $(cat "$RUN/pids/$c.pid"))"; else echo "$c: stopped"; rc=1; fi
  done
  return $rc
}

cmd_env() {
  [ -f "$RUN/env" ] || die "not running: run '$0 up' first"
  cat "$RUN/env"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  env) cmd_env ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|env|status" >&2; exit 2 ;;
esac
