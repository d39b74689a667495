#!/usr/bin/env bash
# Installs what warta needs to build and test, from Debian 12 packages, when it is missing.
# Usage: scripts/install-deps.sh [--with-ci]   (--with-ci adds clang for the fuzzers and sanitizers)
# Runs apt-get only when a package is missing; needs root (or sudo) in that case.
set -euo pipefail

packages=(
  build-essential cmake pkg-config         # toolchain (g++ 12, CMake 3.25)
  libboost-locale-dev                      # charset conversion for mojibake repair
  libfmt-dev libutf8proc-dev               # formatting; Unicode categories, case folding
  libgtest-dev                             # tests
  libicu-dev libgeonames-dev               # generators of the committed CLDR / GeoNames tables (tests check them)
  python3                                  # CLI and Python binding tests
  golang-go                                # Go binding tests
  python3-dask python3-distributed         # the dask.bag corpus example (local cluster)
)
if [[ "${1:-}" == "--with-ci" ]]; then
  packages+=(clang libclang-rt-14-dev)     # libFuzzer, ASan/UBSan/TSan runtimes
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
