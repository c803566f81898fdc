#!/bin/sh
# Installs @openzeppelin/merkle-tree 1.0.8 from package-lock.json and times StandardMerkleTree.of.
# Usage: benchmarks/reference/oz-merkle-tree/run.sh [leaves]   (default 1000000)
set -eu
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
node --max-old-space-size=4096 bench.mjs "${1:-1000000}"
