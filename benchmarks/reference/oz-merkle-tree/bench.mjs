// Builds the same (address, uint256) rows as io.depin.benchmarks.ClaimRows, times
// StandardMerkleTree.of and prints the root. Usage: node bench.mjs [leaves]
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";

const count = Number(process.argv[2] ?? 1000000);
const K = 0x9e3779b97f4a7c15f39cc0605cedc8341082276bn;
const MOD = 1n << 160n;
const MILLI_ETHER = 10n ** 15n;

const rows = new Array(count);
for (let i = 0; i < count; i++) {
  const n = BigInt(i + 1);
  const address = "0x" + ((n * K) % MOD).toString(16).padStart(40, "0");
  const amount = n * MILLI_ETHER + BigInt((i * 7919) % 1000);
  rows[i] = [address, amount.toString()];
}

const start = process.hrtime.bigint();
const tree = StandardMerkleTree.of(rows, ["address", "uint256"]);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`leaves=${count} root=${tree.root} ms=${ms.toFixed(0)}`);
