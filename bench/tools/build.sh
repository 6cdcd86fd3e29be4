#!/usr/bin/env bash
# Builds kopia and restic from their Go modules for bench/repository/compare.sh, caching each version in
# ~/.cache/velero-java/bin/<tool>-<version>/. Not part of `make test`. Prints "<tool> <binary>" for each tool built.
# Usage: bench/tools/build.sh [kopia-version] [restic-version]    (defaults: v0.23.1 v0.19.1)
set -euo pipefail
KOPIA_VERSION=${1:-v0.23.1}
RESTIC_VERSION=${2:-v0.19.1}
CACHE=${VELERO_JAVA_CACHE:-$HOME/.cache/velero-java}/bin

# build <name> <version> <package>: go install into the cache once. A failure is remembered in <dir>.failed with the
# go command's output and not retried (a module proxy's refusal is final); delete that file to try again.
build() {
  local name=$1 version=$2 package=$3
  local dir="$CACHE/$name-$version"
  if [[ -f "$dir.failed" ]]; then
    echo "not building $package@$version: it failed before ($dir.failed):" >&2
    grep -v '^go: downloading' "$dir.failed" >&2
    return 1
  fi
  if [[ ! -x "$dir/$name" ]]; then
    echo "building $package@$version into $dir" >&2
    mkdir -p "$dir.tmp"
    if ! GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-buildvcs=false GOBIN="$dir.tmp" \
        go install -trimpath -ldflags "-s -w" "$package@$version" 2>"$dir.failed"; then
      rm -rf "$dir.tmp"
      echo "FAILED: go install $package@$version:" >&2
      grep -v '^go: downloading' "$dir.failed" >&2
      return 1
    fi
    rm -rf "$dir" "$dir.failed" && mv "$dir.tmp" "$dir"
  fi
  echo "$name $dir/$name"
}

status=0
build kopia "$KOPIA_VERSION" github.com/kopia/kopia || status=1
build restic "$RESTIC_VERSION" github.com/restic/restic/cmd/restic || status=1
exit $status
