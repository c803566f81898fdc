#!/usr/bin/env bash
# Builds and runs recover.c against Debian's libsecp256k1 (installs the package if missing).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f /usr/include/secp256k1_recovery.h ]; then
  apt-get install -y -q libsecp256k1-dev
fi
out=$(mktemp -d)
gcc -O2 -o "$out/recover" recover.c -lsecp256k1
"$out/recover" "${1:-50000}"
