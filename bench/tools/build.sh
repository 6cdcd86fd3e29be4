#!/usr/bin/env bash
# Builds kopia and restic from their Go modules for bench/repository/compare.sh, caching each version in
# ~/.cache/velero-java/bin/<tool>-<version>/. Not part of `make test`. Prints "<tool> <binary>" for each tool built.
# Usage: bench/tools/build.sh [kopia-version] [restic-version]    (defaults: v0.22.3, the kopia of Velero 1.18; v0.19.1)
set -euo pipefail
KOPIA_VERSION=${1:-v0.22.3}
RESTIC_VERSION=${2:-v0.19.1}
CACHE=${VELERO_JAVA_CACHE:-$HOME/.cache/velero-java}
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-buildvcs=false

# build <name> <module> <version> <package>: builds the package once into the cache, from a wrapper module that
# requires exactly <module>@<version>. Not `go install <package>@<version>`: that asks the module proxy for the
# module's version list (to look for a deprecation), which the proxy refuses for kopia, while it serves the exact
# version and every dependency. A failure is remembered in <dir>.failed with the go commands' output and not retried
# (a module proxy's refusal is final); delete that file to try again.
build() {
  local name=$1 module=$2 version=$3 package=$4
  local dir="$CACHE/bin/$name-$version" src="$CACHE/src/$name-$version"
  if [[ -f "$dir.failed" ]]; then
    echo "not building $package@$version: it failed before ($dir.failed):" >&2
    grep -v '^go: downloading' "$dir.failed" >&2
    return 1
  fi
  if [[ ! -x "$dir/$name" ]]; then
    echo "building $package@$version into $dir (cold: ~5-10 min on 2 cores)" >&2
    rm -rf "$src" && mkdir -p "$src" "$dir.tmp"
    printf 'module localbuild/%s\n\ngo 1.26\n\nrequire %s %s\n' "$name" "$module" "$version" >"$src/go.mod"
    # The build tag keeps the file out of builds; `go mod tidy` still sees the import and resolves its dependencies.
    printf '//go:build tools\n\npackage tools\n\nimport _ "%s"\n' "$package" >"$src/tools.go"
    if ! (cd "$src" && go mod tidy && go build -trimpath -ldflags "-s -w" -o "$dir.tmp/$name" "$package") \
        2>"$dir.failed"; then
      rm -rf "$dir.tmp"
      echo "FAILED: building $package@$version in $src:" >&2
      grep -v '^go: downloading' "$dir.failed" >&2
      return 1
    fi
    rm -rf "$dir" "$dir.failed" && mv "$dir.tmp" "$dir"
  fi
  echo "$name $dir/$name"
}

status=0
build kopia github.com/kopia/kopia "$KOPIA_VERSION" github.com/kopia/kopia || status=1
build restic github.com/restic/restic "$RESTIC_VERSION" github.com/restic/restic/cmd/restic || status=1
exit $status
