#!/usr/bin/env bash
# What the bindings' ctests need beyond scripts/install-deps.sh: python3-distributed, so
# examples.python_dask runs on a dask LocalCluster (without it the job falls back to dask's
# multiprocessing scheduler). Go, dask, pkg-config and nm already come from install-deps.sh.
# Everything else runs under plain `ctest`.
set -euo pipefail
dpkg-query -W -f='${Status}' python3-distributed 2>/dev/null | grep -q "install ok installed" && exit 0
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-distributed
