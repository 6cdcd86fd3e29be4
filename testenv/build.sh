#!/usr/bin/env bash
# Builds the real servers the tests run against from Go modules, once, into a version-keyed cache.
# Usage: testenv/build.sh [k8s|etcd|minio|gcs|azurite|all]   (default: all)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/versions.env"
CACHE=${VELERO_JAVA_CACHE:-$HOME/.cache/velero-java}
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-buildvcs=false
say() { printf '[testenv/build] %s\n' "$*" >&2; }

STAGING="api apiextensions-apiserver apimachinery apiserver cli-runtime client-go cloud-provider
  cluster-bootstrap code-generator component-base component-helpers controller-manager cri-api
  cri-client cri-streaming csi-translation-lib dynamic-resource-allocation endpointslice externaljwt
  kms kube-aggregator kube-controller-manager kube-proxy kube-scheduler kubectl kubelet metrics
  mount-utils pod-security-admission sample-apiserver sample-cli-plugin sample-controller streaming"

build_k8s() {
  local out="$CACHE/bin/k8s-$K8S_VERSION"
  if [ -x "$out/kube-apiserver" ] && [ -x "$out/kube-controller-manager" ] && [ -x "$out/kubectl" ]; then return; fi
  local w="$CACHE/src/k8s-$K8S_VERSION"; mkdir -p "$w" "$out"
  say "building kube-apiserver, kube-controller-manager, kubectl v$K8S_VERSION (cold: ~20-30 min on 2 cores)"
  (
    cd "$w"
    [ -f go.mod ] || go mod init localbuild/k8s >/dev/null 2>&1
    go mod edit -go=1.26.0
    local minor="${K8S_VERSION#1.}"
    for m in $STAGING; do go mod edit -replace="k8s.io/$m=k8s.io/$m@v0.$minor"; done
    say "resolving k8s.io/kubernetes@v$K8S_VERSION modules"
    go get -tool "k8s.io/kubernetes/cmd/kube-apiserver@v$K8S_VERSION" \
      "k8s.io/kubernetes/cmd/kube-controller-manager@v$K8S_VERSION" "k8s.io/kubernetes/cmd/kubectl@v$K8S_VERSION"
    local major_minor="${minor%%.*}" ldf="-s -w"
    for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
      ldf="$ldf -X $p.gitVersion=v$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$major_minor -X $p.gitTreeState=clean -X $p.buildDate=1970-01-01T00:00:00Z"
    done
    for cmd in kube-apiserver kube-controller-manager kubectl; do
      say "compiling $cmd"
      go build -trimpath -ldflags "$ldf" -o "$out/$cmd.tmp" "k8s.io/kubernetes/cmd/$cmd"
      mv "$out/$cmd.tmp" "$out/$cmd"
    done
  )
}

build_etcd() {
  local out="$CACHE/bin/etcd-$ETCD_VERSION"
  [ -x "$out/etcd" ] && return
  local w="$CACHE/src/etcd-$ETCD_VERSION"; mkdir -p "$w" "$out"
  say "building etcd v$ETCD_VERSION"
  (
    cd "$w"
    [ -f go.mod ] || go mod init localbuild/etcd >/dev/null 2>&1
    go get -tool "go.etcd.io/etcd/server/v3@v$ETCD_VERSION"
    go build -trimpath -ldflags "-s -w" -o "$out/etcd.tmp" go.etcd.io/etcd/server/v3
    mv "$out/etcd.tmp" "$out/etcd"
  )
}

build_minio() {
  local out="$CACHE/bin/minio-$MINIO_VERSION"
  [ -x "$out/minio" ] && return
  mkdir -p "$out"
  say "building MinIO $MINIO_VERSION (cold: ~5-10 min)"
  GOBIN="$out" go install -trimpath -ldflags "-s -w" "github.com/minio/minio@$MINIO_VERSION"
}

build_gcs() {
  local out="$CACHE/bin/fake-gcs-server-$FAKE_GCS_VERSION"
  [ -x "$out/fake-gcs-server" ] && return
  mkdir -p "$out"
  say "building fake-gcs-server v$FAKE_GCS_VERSION"
  GOBIN="$out" go install -trimpath -ldflags "-s -w" "github.com/fsouza/fake-gcs-server@v$FAKE_GCS_VERSION"
}

build_azurite() {
  local out="$CACHE/bin/azurite-$AZURITE_VERSION"
  [ -x "$out/node_modules/.bin/azurite-blob" ] && return
  mkdir -p "$out"
  say "installing azurite $AZURITE_VERSION from npm"
  (cd "$out" && npm install --no-audit --no-fund --silent "azurite@$AZURITE_VERSION" >/dev/null)
}

what=${1:-all}
case "$what" in
  k8s) build_k8s ;; etcd) build_etcd ;; minio) build_minio ;; gcs) build_gcs ;; azurite) build_azurite ;;
  all) build_etcd; build_minio; build_k8s; build_gcs; build_azurite ;;
  *) echo "usage: $0 [k8s|etcd|minio|gcs|azurite|all]" >&2; exit 2 ;;
esac
