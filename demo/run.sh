#!/usr/bin/env bash
# The main job, end to end, on the local control plane with a filesystem backup location (the embedded default):
# install, run the server, deploy a sample app, back it up, delete it, restore it, verify every object is back.
# Usage: demo/run.sh            (make demo starts the local control plane first)
#        DEMO_PROVIDER=aws demo/run.sh   (back up to the local MinIO instead of a directory)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
eval "$(bash testenv/cluster.sh env)"
WORK="$ROOT/.run/demo"
rm -rf "$WORK"; mkdir -p "$WORK"
LOGS="$WORK/logs"; mkdir -p "$LOGS"
NS=velero
APP_NS=nginx-example
BACKUP=nginx-backup-$(date +%H%M%S)
RESTORE=nginx-restore-$(date +%H%M%S)
VELERO="$ROOT/bin/velero --kubeconfig $KUBECONFIG -n $NS"
STEP="starting"
SERVER_PID=""

step() { STEP="$*"; printf '\n==> %s\n' "$*"; }
on_exit() {
  local rc=$?
  [ -z "$SERVER_PID" ] || kill "$SERVER_PID" 2>/dev/null || true
  if [ $rc -ne 0 ]; then
    printf '\nDEMO FAILED at step: %s\n' "$STEP" >&2
    printf 'Server log: %s/server.log; control-plane logs: %s/.run/testenv/logs/\n' "$LOGS" "$ROOT" >&2
    [ ! -f "$LOGS/server.log" ] || { echo "--- last server log lines ---" >&2; tail -n 25 "$LOGS/server.log" >&2; }
  fi
}
trap on_exit EXIT

step "Install velero-java (CRDs, namespace, backup location) into the local cluster"
case "${DEMO_PROVIDER:-filesystem}" in
  filesystem)
    mkdir -p "$WORK/object-store/demo"   # the filesystem provider's bucket is a directory under fspath
    $VELERO install --provider velero.io/filesystem --bucket demo --backup-location-config "fspath=$WORK/object-store" \
      --no-secret ;;
  aws)
    printf '[default]\naws_access_key_id=%s\naws_secret_access_key=%s\n' "$S3_ACCESS_KEY" "$S3_SECRET_KEY" >"$WORK/credentials"
    $VELERO install --provider aws --bucket "$S3_BUCKET" --prefix "demo-$(date +%s)" --secret-file "$WORK/credentials" \
      --backup-location-config "region=us-east-1,s3ForcePathStyle=true,s3Url=$S3_ENDPOINT" ;;
  *) echo "unknown DEMO_PROVIDER ${DEMO_PROVIDER}" >&2; exit 2 ;;
esac

step "Run the server out-of-cluster (log: $LOGS/server.log)"
$VELERO server --metrics-address 127.0.0.1:0 >"$LOGS/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  phase=$(kubectl get bsl default -n $NS -o jsonpath='{.status.phase}' 2>/dev/null || true)
  [ "$phase" = Available ] && break
  kill -0 $SERVER_PID 2>/dev/null || { echo "the server exited" >&2; exit 1; }
  sleep 1
done
[ "$phase" = Available ] || { echo "backup location 'default' is not Available (phase: '$phase')" >&2; exit 1; }
$VELERO backup-location get

step "Deploy the sample application into namespace $APP_NS"
kubectl apply -f demo/sample-crd.yaml
kubectl wait --for condition=established --timeout=60s crd/guestbooks.demo.velero-java.io
kubectl apply -f demo/sample-app.yaml
kubectl get all,configmaps,secrets,serviceaccounts,pvc,guestbooks -n $APP_NS
snapshot() { kubectl get deployments,services,configmaps,secrets,serviceaccounts,pvc,guestbooks -n $APP_NS \
  -l app=nginx -o jsonpath='{range .items[*]}{.kind}/{.metadata.name}{"\n"}{end}' | sort; }
snapshot >"$WORK/before.txt"

step "Back up the namespace: velero backup create $BACKUP --include-namespaces $APP_NS --wait"
$VELERO backup create "$BACKUP" --include-namespaces $APP_NS --wait
[ "$(kubectl get backup "$BACKUP" -n $NS -o jsonpath='{.status.phase}')" = Completed ] \
  || { echo "backup did not complete" >&2; exit 1; }

step "Disaster: delete namespace $APP_NS and wait until it is gone"
kubectl delete namespace $APP_NS --wait=true --timeout=120s
kubectl get namespace $APP_NS 2>/dev/null && { echo "namespace still exists" >&2; exit 1; }
echo "namespace $APP_NS is gone"

step "Restore: velero restore create $RESTORE --from-backup $BACKUP --wait"
$VELERO restore create "$RESTORE" --from-backup "$BACKUP" --wait
[ "$(kubectl get restore "$RESTORE" -n $NS -o jsonpath='{.status.phase}')" = Completed ] \
  || { echo "restore did not complete" >&2; exit 1; }

step "Verify every object is back"
snapshot >"$WORK/after.txt"
if ! diff -u "$WORK/before.txt" "$WORK/after.txt"; then echo "objects differ after restore" >&2; exit 1; fi
[ "$(kubectl get secret nginx-credentials -n $APP_NS -o jsonpath='{.data.password}' | base64 -d)" = s3cr3t-demo ] \
  || { echo "secret data differs after restore" >&2; exit 1; }
[ "$(kubectl get guestbook welcome -n $APP_NS -o jsonpath='{.spec.entries}')" = 42 ] \
  || { echo "custom resource spec differs after restore" >&2; exit 1; }
echo "all $(wc -l <"$WORK/after.txt") objects are back:"; sed 's/^/  /' "$WORK/after.txt"

step "velero backup describe $BACKUP --details"
$VELERO backup describe "$BACKUP" --details
step "velero restore describe $RESTORE --details"
$VELERO restore describe "$RESTORE" --details

STEP="done"
printf '\nDEMO PASSED: backed up, deleted, restored and verified namespace %s.\n' "$APP_NS"
