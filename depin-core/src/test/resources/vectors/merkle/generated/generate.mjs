// Writes oz_merkle_tree_1_0_8.json: trees built with @openzeppelin/merkle-tree 1.0.8 for a varied set of
// leaf types (arrays, nested arrays, tuples, strings, bytes, bytesN, intN, bool, function) and edge values,
// with their roots, nodes, leaf hashes, proofs, multiproofs, renderings and dumps, plus type strings and
// values the library rejects. Usage: see README.md in this directory.
import { StandardMerkleTree, SimpleMerkleTree } from '@openzeppelin/merkle-tree';
import { keccak256 } from 'ethereum-cryptography/keccak.js';
import { writeFileSync } from 'node:fs';

const A = '0x1111111111111111111111111111111111111111';
const B = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'; // EIP-55 example
const C = '0xffffffffffffffffffffffffffffffffffffffff';
const Z = '0x0000000000000000000000000000000000000000';
const h = (i) => '0x' + Buffer.from(keccak256(Buffer.from('depin-merkle-vector-' + i))).toString('hex');
const U256_MAX = (2n ** 256n - 1n).toString();
const I256_MIN = (-(2n ** 255n)).toString();
const I256_MAX = (2n ** 255n - 1n).toString();

const standardCases = [
  { name: 'dynamic and fixed arrays', leafEncoding: ['uint256[]', 'address[3]'], values: [
    [[], [A, B, C]], [['1', '2', '3'], [Z, Z, Z]], [[U256_MAX], [C, A, B]], [['0', '0x10'], [B, B, B]]] },
  { name: 'nested bytes32 arrays', leafEncoding: ['bytes32[][]'], values: [
    [[]], [[[]]], [[[h(1)], [h(2), h(3)]]], [[[], [h(4)], []]], [[[h(5), h(6), h(7)]]]] },
  { name: 'strings and bytes, empty and unicode', leafEncoding: ['string', 'bytes'], values: [
    ['', '0x'], ['a', '0x00'], ['h\u00e9llo \u2713 \ud83d\ude80', '0x' + 'ab'.repeat(32)],
    ['x'.repeat(33), '0x' + '01'.repeat(33)], ['0x1234', '0xdeadbeef']] },
  { name: 'integers at their limits', leafEncoding: ['int8', 'int256', 'uint8', 'uint256', 'int64', 'uint24'], values: [
    ['-128', I256_MIN, '0', '0', '-9223372036854775808', '0'],
    ['127', I256_MAX, '255', U256_MAX, '9223372036854775807', '16777215'],
    ['-1', '-1', '1', '1', '-1', '0xffffff'],
    ['0', '0', '0x7f', '0x' + 'f'.repeat(64), '0', '1']] },
  { name: 'fixed bytes', leafEncoding: ['bytes1', 'bytes4', 'bytes31', 'bytes32'], values: [
    ['0x00', '0x00000000', '0x' + '00'.repeat(31), '0x' + '00'.repeat(32)],
    ['0xff', '0xdeadbeef', '0x' + 'ff'.repeat(31), h(8)],
    ['0x7F', '0xDEADBEEF', '0x' + 'aB'.repeat(31), h(9)]] },
  { name: 'bool and address', leafEncoding: ['bool', 'address', 'bool'], values: [
    [true, A, false], [false, B, true], [true, C, true], [false, Z, false]] },
  { name: 'tuple (address,uint256)', leafEncoding: ['(address,uint256)'], values: [
    [[A, '5000000000000000000']], [[B, '2500000000000000000']], [[C, '0']]] },
  { name: 'nested tuple and tuple array', leafEncoding: ['(uint256,(bool,string))', '(address,uint256)[]'], values: [
    [['1', [true, 'x']], []], [['2', [false, '']], [[A, '1'], [B, '2']]], [[U256_MAX, [true, 'longer than thirty-two bytes of text']], [[C, '3']]]] },
  { name: 'tuple with arrays inside', leafEncoding: ['(uint256[],bytes32[2],string)', 'uint64'], values: [
    [[[], [h(10), h(11)], ''], '0'], [[['7', '8'], [h(12), h(13)], 'abc'], '1'], [[['9'], [h(14), h(15)], 'z'], '18446744073709551615']] },
  { name: 'fixed array of dynamic tuples', leafEncoding: ['(string,uint8)[2]'], values: [
    [[['a', '1'], ['', '2']]], [[['bb', '255'], ['ccc', '0']]]] },
  { name: 'static tuple array', leafEncoding: ['(uint256,bool)[2]', 'bytes'], values: [
    [[['1', true], ['2', false]], '0x'], [[['3', false], ['4', true]], '0x01']] },
  { name: 'tuple with spaces', leafEncoding: ['(address, uint256)', 'string'], values: [
    [[A, '1'], 'one'], [[B, '2'], 'two']] },
  { name: 'arrays of dynamic arrays', leafEncoding: ['uint256[][2]', 'string[2][]'], values: [
    [[[], []], []], [[['1'], ['2', '3']], [['a', 'b'], ['', 'c']]], [[['4', '5', '6'], []], [['d', 'e']]]] },
  { name: 'uint and int aliases', leafEncoding: ['uint', 'int', 'uint[]'], values: [
    ['1', '-1', ['2']], [U256_MAX, I256_MIN, []]] },
  { name: 'function', leafEncoding: ['function', 'uint256'], values: [
    [A + '12345678', '1'], [C + 'ffffffff', '2']] },
  { name: 'single leaf', leafEncoding: ['string[]'], values: [[['only', '']]] },
  { name: 'unsorted dynamic', leafEncoding: ['bytes', 'uint256[]'], options: { sortLeaves: false }, values: [
    ['0x01', ['1']], ['0x', []], ['0x0203', ['2', '3']], ['0x04', ['4']], ['0x05', []]] },
  { name: 'bool strings', leafEncoding: ['bool', 'bool[]'], values: [['true', ['false', 'true']], ['false', []]] },
  // Shapes that web3j's ABI encoder, which writes the Java side's encodings, needs care with: static arrays
  // longer than its 32-element StaticArray limit (also ahead of a dynamic column, whose offset counts them),
  // static arrays and tuples inside dynamic arrays and tuples, fixed arrays of dynamic types, empty arrays.
  { name: 'static arrays longer than 32', leafEncoding: ['uint8[40]', 'string', '(uint16,bool)[33]'], values: [
    [[...Array(40).keys()].map(String), 'after forty', [...Array(33).keys()].map((i) => [String(1000 + i), i % 3 === 0])],
    [Array(40).fill('255'), '', Array(33).fill(['0', false])]] },
  { name: 'static inside dynamic', leafEncoding: ['uint8[2][]', '(uint16,bool)[]', 'bytes3[1][2][]', 'uint8[33][]'], values: [
    [[], [], [], []],
    [[['1', '2'], ['3', '4']], [['5', true]], [[['0x010203'], ['0x040506']]], [Array(33).fill('7')]],
    [[['9', '8']], [['1', false], ['2', true], ['3', false]], [[['0xaaaaaa'], ['0xbbbbbb']], [['0xcccccc'], ['0xdddddd']]], [Array(33).fill('1'), Array(33).fill('2')]]] },
  { name: 'nested static and dynamic', leafEncoding: ['((uint8,bool)[2],address)', 'string[1]', '(bytes2,(int8,uint8[3]))[3]', '(string[],(uint8,string)[1])[]'], values: [
    [[[['1', true], ['2', false]], A], ['one'], [['0x0102', ['-1', ['1', '2', '3']]], ['0x0304', ['2', ['4', '5', '6']]], ['0xffff', ['-128', ['7', '8', '9']]]], []],
    [[[['3', false], ['4', true]], B], [''], [['0x0000', ['0', ['0', '0', '0']]], ['0x0000', ['0', ['0', '0', '0']]], ['0x0000', ['127', ['255', '255', '255']]]],
      [[[], [['1', 'x']]], [['a', 'bb'], [['2', '']]]]]] },
  { name: 'empty dynamic arrays of every shape', leafEncoding: ['string[][]', '(string,uint8)[]', 'bytes[2][]', 'address[]'], values: [
    [[], [], [], []], [[[]], [['', '0']], [['0x', '0x']], [Z]], [[[], ['a']], [], [], []]] },
  { name: 'json numbers in the dump', jsonNumbers: true, leafEncoding: ['uint8', 'int32', 'uint256[]'], values: [
    [5, -7, [1, 2]], [255, 2147483647, []], [0, -2147483648, [9007199254740991]]] },
];

function multiProofSets(n) {
  const all = [...Array(n).keys()];
  const sets = [[], [0], all, [n - 1, 0], all.filter((i) => i % 2 === 0), all.slice(0, 3).reverse()];
  const seen = new Set();
  return sets.filter((s) => { const k = [...new Set(s)].join(','); if (seen.has(k)) return false; seen.add(k); return true; })
    .map((s) => [...new Set(s)]);
}

function describe(tree, values, extra) {
  const n = values.length;
  return {
    ...extra,
    root: tree.root,
    tree: tree.dump().tree,
    render: tree.render(),
    dump: JSON.stringify(tree.dump()),
    entries: values.map((v, i) => ({ valueIndex: i, leafHash: tree.leafHash(v), treeIndex: tree.dump().values[i].treeIndex, proof: tree.getProof(i) })),
    multiProofs: multiProofSets(n).map((indices) => {
      const mp = tree.getMultiProof(indices);
      return { indices, leaves: mp.leaves, proof: mp.proof, proofFlags: mp.proofFlags, verifies: tree.verifyMultiProof(mp) };
    }),
  };
}

const standard = standardCases.map((c) => {
  const tree = StandardMerkleTree.of(c.values, c.leafEncoding, c.options ?? {});
  tree.validate();
  const entries = c.values.map((v, i) => {
    const proof = tree.getProof(i);
    if (!StandardMerkleTree.verify(tree.root, c.leafEncoding, v, proof)) throw new Error(c.name + ' ' + i);
    return proof;
  });
  return describe(tree, c.values, { name: c.name, leafEncoding: c.leafEncoding, options: c.options ?? {}, jsonNumbers: !!c.jsonNumbers, values: c.values });
});

const simple = [1, 2, 5, 8, 13].flatMap((n) => [true, false].map((sortLeaves) => {
  const values = [...Array(n).keys()].map((i) => h(100 * n + i));
  const tree = SimpleMerkleTree.of(values, { sortLeaves });
  tree.validate();
  return describe(tree, values, { name: `simple ${n} ${sortLeaves ? 'sorted' : 'unsorted'}`, options: { sortLeaves }, values });
}));

const rejectedTypes = ['tuple(address,uint256)', '()', 'uint7', 'uint264', 'int0', 'bytes0', 'bytes33', ' uint256',
  'uint256 ', 'uint256[ ]', 'fixed128x18', 'ufixed', 'address payable', 'string[', 'uint256]', '(uint256', 'uint256)',
  'Uint256', 'byte'].map((t) => {
  try { StandardMerkleTree.of([['0']], [t]); return { type: t, ozError: null }; }
  catch (e) { return { type: t, ozError: e.message }; }
});

const rejectedValues = [
  [['uint256[2]'], [['1']]], [['uint256[2]'], [['1', '2', '3']]], [['address[1]'], [['0x11']]],
  [['(address,uint256)'], [[A]]], [['(address,uint256)'], [[A, '1', '2']]], [['int8'], ['-129']], [['uint8'], ['256']],
  [['uint256'], ['1.5']], [['uint256'], ['0x']], [['bytes2'], ['0x010203']], [['bytes'], ['abc']], [['bool'], ['1']],
  [['uint256[]'], ['1']], [['(uint256,bool)'], ['1']], [['string'], [5]], [['bytes32[][]'], [[['0x00']]]],
].map(([leafEncoding, value]) => {
  try { StandardMerkleTree.of([value], leafEncoding); return { leafEncoding, value, ozError: null }; }
  catch (e) { return { leafEncoding, value, ozError: e.message }; }
});

const out = {
  generator: '@openzeppelin/merkle-tree 1.0.8 (@metamask/abi-utils 2.0.4) via generate.mjs',
  standard, simple, rejectedTypes, rejectedValues,
};
writeFileSync(new URL('./oz_merkle_tree_1_0_8.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
