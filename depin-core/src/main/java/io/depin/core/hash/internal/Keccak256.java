package io.depin.core.hash.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Keccak-256 as used by Ethereum: the Keccak sponge with rate 1088 bits, capacity 512 bits and the
 * original padding byte {@code 0x01} (not the FIPS 202 SHA-3 domain byte {@code 0x06}).
 *
 * <p>The permutation keeps the 25 lanes in local variables, with theta, rho, pi, chi and iota fused
 * into one pass per round and four rounds per loop iteration; the only state is one {@code
 * long[25]} and a 136-byte block buffer, both reused by {@link #reset()}.
 *
 * <p>The one-shot methods ({@link #hash(byte[], int, int, byte[], int)}, {@link #hashTwice} for
 * OpenZeppelin leaves, {@link #hashConcat32} for Merkle nodes) read inputs shorter than one block
 * straight from the caller's arrays into the lanes, without buffering or allocation.
 *
 * <p>An instance is for one thread; reuse it across hashes to avoid allocation.
 */
public final class Keccak256 implements DigestEngine {
  /** Bytes absorbed per permutation (1088 bits). */
  public static final int RATE = 136;

  /** Digest length in bytes. */
  public static final int DIGEST_LENGTH = 32;

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long[] ROUND_CONSTANTS = {
    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL,
    0x8000000080008000L, 0x000000000000808bL, 0x0000000080000001L,
    0x8000000080008081L, 0x8000000000008009L, 0x000000000000008aL,
    0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
    0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L,
    0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L,
    0x000000000000800aL, 0x800000008000000aL, 0x8000000080008081L,
    0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
  };

  /** The lane holding the last byte of a block, where the final padding bit goes. */
  private static final int LAST_LANE = (RATE >>> 3) - 1;

  /** The final padding bit {@code 0x80} in the top byte of {@link #LAST_LANE}. */
  private static final long PAD_END = 0x80L << 56;

  private final long[] state = new long[25];
  private final byte[] buffer = new byte[RATE];
  private int buffered;

  /** Creates an engine ready to absorb input. */
  public Keccak256() {}

  /** Clears the state so the engine can start a new hash. */
  public void reset() {
    Arrays.fill(state, 0L);
    buffered = 0;
  }

  @Override
  public void update(byte[] input, int offset, int length) {
    int at = offset;
    int end = offset + length;
    if (buffered > 0) {
      int take = Math.min(RATE - buffered, length);
      System.arraycopy(input, at, buffer, buffered, take);
      buffered += take;
      at += take;
      if (buffered < RATE) {
        return;
      }
      absorbBlock(buffer, 0);
      buffered = 0;
    }
    while (end - at >= RATE) {
      absorbBlock(input, at);
      at += RATE;
    }
    int rest = end - at;
    System.arraycopy(input, at, buffer, 0, rest);
    buffered = rest;
  }

  @Override
  public byte[] digest() {
    byte[] out = new byte[DIGEST_LENGTH];
    digest(out, 0);
    return out;
  }

  /**
   * Finishes the hash, writes the 32-byte digest to {@code out} at {@code outOffset} and resets
   * the engine.
   *
   * @param out the array to write into
   * @param outOffset where the digest starts
   */
  public void digest(byte[] out, int outOffset) {
    absorbFinalBlock();
    squeeze(out, outOffset);
    reset();
  }

  /**
   * Hashes {@code length} bytes of {@code input} from {@code offset} in one call, discarding any
   * input absorbed before, and writes the digest to {@code out} at {@code outOffset}. Inputs
   * shorter than one block are absorbed without copying.
   *
   * @param input the array holding the message
   * @param offset where the message starts
   * @param length the message length
   * @param out the array to write the 32-byte digest into
   * @param outOffset where the digest starts
   */
  public void hash(byte[] input, int offset, int length, byte[] out, int outOffset) {
    absorbAll(input, offset, length);
    squeeze(out, outOffset);
    reset();
  }

  /**
   * Writes {@code keccak256(keccak256(message))} (the OpenZeppelin leaf hash) to {@code out} at
   * {@code outOffset}, discarding any input absorbed before. The inner digest stays in the state:
   * its four lanes are the whole second message.
   *
   * @param input the array holding the message
   * @param offset where the message starts
   * @param length the message length
   * @param out the array to write the 32-byte digest into
   * @param outOffset where the digest starts
   */
  public void hashTwice(byte[] input, int offset, int length, byte[] out, int outOffset) {
    absorbAll(input, offset, length);
    long[] s = state;
    s[4] = 0x01L;
    Arrays.fill(s, 5, 25, 0L);
    s[LAST_LANE] = PAD_END;
    permute(s);
    squeeze(out, outOffset);
    reset();
  }

  /**
   * Writes the Keccak-256 of a 64-byte message, the 32 bytes of {@code a} at {@code aOffset}
   * followed by the 32 bytes of {@code b} at {@code bOffset} (a Merkle node), to {@code out} at
   * {@code outOffset}, discarding any input absorbed before. Nothing is copied or allocated.
   *
   * @param a the array holding the first half
   * @param aOffset where the first half starts
   * @param b the array holding the second half
   * @param bOffset where the second half starts
   * @param out the array to write the 32-byte digest into
   * @param outOffset where the digest starts
   */
  public void hashConcat32(
      byte[] a, int aOffset, byte[] b, int bOffset, byte[] out, int outOffset) {
    long[] s = state;
    for (int i = 0; i < 4; i++) {
      s[i] = (long) LONG_LE.get(a, aOffset + (i << 3));
      s[i + 4] = (long) LONG_LE.get(b, bOffset + (i << 3));
    }
    s[8] = 0x01L;
    Arrays.fill(s, 9, 25, 0L);
    s[LAST_LANE] = PAD_END;
    permute(s);
    squeeze(out, outOffset);
    reset();
  }

  /**
   * Absorbs a whole message into a fresh state, padding included, and applies the final
   * permutation; the digest is then lanes 0 to 3. A message shorter than one block is read
   * straight from {@code input} into the lanes.
   */
  private void absorbAll(byte[] input, int offset, int length) {
    if (length >= RATE) {
      reset();
      update(input, offset, length);
      absorbFinalBlock();
      return;
    }
    long[] s = state;
    int lanes = length >>> 3;
    for (int i = 0; i < lanes; i++) {
      s[i] = (long) LONG_LE.get(input, offset + (i << 3));
    }
    int tail = length & 7;
    long last = 0L;
    int tailStart = offset + (lanes << 3);
    for (int i = 0; i < tail; i++) {
      last |= (input[tailStart + i] & 0xFFL) << (i << 3);
    }
    s[lanes] = last ^ (0x01L << (tail << 3));
    Arrays.fill(s, lanes + 1, 25, 0L);
    s[LAST_LANE] ^= PAD_END;
    permute(s);
  }

  /** Pads the buffered tail with 0x01 ... 0x80 and absorbs it. */
  private void absorbFinalBlock() {
    Arrays.fill(buffer, buffered, RATE, (byte) 0);
    buffer[buffered] ^= 0x01;
    buffer[RATE - 1] ^= (byte) 0x80;
    absorbBlock(buffer, 0);
  }

  private void absorbBlock(byte[] block, int offset) {
    long[] s = state;
    for (int i = 0; i < RATE >>> 3; i++) {
      s[i] ^= (long) LONG_LE.get(block, offset + (i << 3));
    }
    permute(s);
  }

  private void squeeze(byte[] out, int outOffset) {
    for (int i = 0; i < DIGEST_LENGTH >>> 3; i++) {
      LONG_LE.set(out, outOffset + (i << 3), state[i]);
    }
  }

  /**
   * Applies Keccak-f[1600] to {@code s} (lane {@code x + 5y} at index {@code x + 5y}); public for
   * the permutation microbenchmark.
   *
   * @param s the 25-lane state, updated in place
   */
  public static void permute(long[] s) {
    long a00 = s[0];
    long a10 = s[1];
    long a20 = s[2];
    long a30 = s[3];
    long a40 = s[4];
    long a01 = s[5];
    long a11 = s[6];
    long a21 = s[7];
    long a31 = s[8];
    long a41 = s[9];
    long a02 = s[10];
    long a12 = s[11];
    long a22 = s[12];
    long a32 = s[13];
    long a42 = s[14];
    long a03 = s[15];
    long a13 = s[16];
    long a23 = s[17];
    long a33 = s[18];
    long a43 = s[19];
    long a04 = s[20];
    long a14 = s[21];
    long a24 = s[22];
    long a34 = s[23];
    long a44 = s[24];
    // Four rounds per iteration: C2 schedules across round boundaries (about 10 % faster than
    // one round per iteration) while the method stays well under the JIT's huge-method limit.
    for (int round = 0; round < 24; round += 4) {
      {
        long c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
        long c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
        long c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
        long c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
        long c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
        long d0 = c4 ^ Long.rotateLeft(c1, 1);
        long d1 = c0 ^ Long.rotateLeft(c2, 1);
        long d2 = c1 ^ Long.rotateLeft(c3, 1);
        long d3 = c2 ^ Long.rotateLeft(c4, 1);
        long d4 = c3 ^ Long.rotateLeft(c0, 1);
        long b00 = a00 ^ d0;
        long b13 = Long.rotateLeft(a01 ^ d0, 36);
        long b21 = Long.rotateLeft(a02 ^ d0, 3);
        long b34 = Long.rotateLeft(a03 ^ d0, 41);
        long b42 = Long.rotateLeft(a04 ^ d0, 18);
        long b02 = Long.rotateLeft(a10 ^ d1, 1);
        long b10 = Long.rotateLeft(a11 ^ d1, 44);
        long b23 = Long.rotateLeft(a12 ^ d1, 10);
        long b31 = Long.rotateLeft(a13 ^ d1, 45);
        long b44 = Long.rotateLeft(a14 ^ d1, 2);
        long b04 = Long.rotateLeft(a20 ^ d2, 62);
        long b12 = Long.rotateLeft(a21 ^ d2, 6);
        long b20 = Long.rotateLeft(a22 ^ d2, 43);
        long b33 = Long.rotateLeft(a23 ^ d2, 15);
        long b41 = Long.rotateLeft(a24 ^ d2, 61);
        long b01 = Long.rotateLeft(a30 ^ d3, 28);
        long b14 = Long.rotateLeft(a31 ^ d3, 55);
        long b22 = Long.rotateLeft(a32 ^ d3, 25);
        long b30 = Long.rotateLeft(a33 ^ d3, 21);
        long b43 = Long.rotateLeft(a34 ^ d3, 56);
        long b03 = Long.rotateLeft(a40 ^ d4, 27);
        long b11 = Long.rotateLeft(a41 ^ d4, 20);
        long b24 = Long.rotateLeft(a42 ^ d4, 39);
        long b32 = Long.rotateLeft(a43 ^ d4, 8);
        long b40 = Long.rotateLeft(a44 ^ d4, 14);
        a00 = b00 ^ (~b10 & b20);
        a10 = b10 ^ (~b20 & b30);
        a20 = b20 ^ (~b30 & b40);
        a30 = b30 ^ (~b40 & b00);
        a40 = b40 ^ (~b00 & b10);
        a01 = b01 ^ (~b11 & b21);
        a11 = b11 ^ (~b21 & b31);
        a21 = b21 ^ (~b31 & b41);
        a31 = b31 ^ (~b41 & b01);
        a41 = b41 ^ (~b01 & b11);
        a02 = b02 ^ (~b12 & b22);
        a12 = b12 ^ (~b22 & b32);
        a22 = b22 ^ (~b32 & b42);
        a32 = b32 ^ (~b42 & b02);
        a42 = b42 ^ (~b02 & b12);
        a03 = b03 ^ (~b13 & b23);
        a13 = b13 ^ (~b23 & b33);
        a23 = b23 ^ (~b33 & b43);
        a33 = b33 ^ (~b43 & b03);
        a43 = b43 ^ (~b03 & b13);
        a04 = b04 ^ (~b14 & b24);
        a14 = b14 ^ (~b24 & b34);
        a24 = b24 ^ (~b34 & b44);
        a34 = b34 ^ (~b44 & b04);
        a44 = b44 ^ (~b04 & b14);
        a00 ^= ROUND_CONSTANTS[round];
      }
      {
        long c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
        long c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
        long c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
        long c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
        long c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
        long d0 = c4 ^ Long.rotateLeft(c1, 1);
        long d1 = c0 ^ Long.rotateLeft(c2, 1);
        long d2 = c1 ^ Long.rotateLeft(c3, 1);
        long d3 = c2 ^ Long.rotateLeft(c4, 1);
        long d4 = c3 ^ Long.rotateLeft(c0, 1);
        long b00 = a00 ^ d0;
        long b13 = Long.rotateLeft(a01 ^ d0, 36);
        long b21 = Long.rotateLeft(a02 ^ d0, 3);
        long b34 = Long.rotateLeft(a03 ^ d0, 41);
        long b42 = Long.rotateLeft(a04 ^ d0, 18);
        long b02 = Long.rotateLeft(a10 ^ d1, 1);
        long b10 = Long.rotateLeft(a11 ^ d1, 44);
        long b23 = Long.rotateLeft(a12 ^ d1, 10);
        long b31 = Long.rotateLeft(a13 ^ d1, 45);
        long b44 = Long.rotateLeft(a14 ^ d1, 2);
        long b04 = Long.rotateLeft(a20 ^ d2, 62);
        long b12 = Long.rotateLeft(a21 ^ d2, 6);
        long b20 = Long.rotateLeft(a22 ^ d2, 43);
        long b33 = Long.rotateLeft(a23 ^ d2, 15);
        long b41 = Long.rotateLeft(a24 ^ d2, 61);
        long b01 = Long.rotateLeft(a30 ^ d3, 28);
        long b14 = Long.rotateLeft(a31 ^ d3, 55);
        long b22 = Long.rotateLeft(a32 ^ d3, 25);
        long b30 = Long.rotateLeft(a33 ^ d3, 21);
        long b43 = Long.rotateLeft(a34 ^ d3, 56);
        long b03 = Long.rotateLeft(a40 ^ d4, 27);
        long b11 = Long.rotateLeft(a41 ^ d4, 20);
        long b24 = Long.rotateLeft(a42 ^ d4, 39);
        long b32 = Long.rotateLeft(a43 ^ d4, 8);
        long b40 = Long.rotateLeft(a44 ^ d4, 14);
        a00 = b00 ^ (~b10 & b20);
        a10 = b10 ^ (~b20 & b30);
        a20 = b20 ^ (~b30 & b40);
        a30 = b30 ^ (~b40 & b00);
        a40 = b40 ^ (~b00 & b10);
        a01 = b01 ^ (~b11 & b21);
        a11 = b11 ^ (~b21 & b31);
        a21 = b21 ^ (~b31 & b41);
        a31 = b31 ^ (~b41 & b01);
        a41 = b41 ^ (~b01 & b11);
        a02 = b02 ^ (~b12 & b22);
        a12 = b12 ^ (~b22 & b32);
        a22 = b22 ^ (~b32 & b42);
        a32 = b32 ^ (~b42 & b02);
        a42 = b42 ^ (~b02 & b12);
        a03 = b03 ^ (~b13 & b23);
        a13 = b13 ^ (~b23 & b33);
        a23 = b23 ^ (~b33 & b43);
        a33 = b33 ^ (~b43 & b03);
        a43 = b43 ^ (~b03 & b13);
        a04 = b04 ^ (~b14 & b24);
        a14 = b14 ^ (~b24 & b34);
        a24 = b24 ^ (~b34 & b44);
        a34 = b34 ^ (~b44 & b04);
        a44 = b44 ^ (~b04 & b14);
        a00 ^= ROUND_CONSTANTS[round + 1];
      }
      {
        long c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
        long c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
        long c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
        long c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
        long c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
        long d0 = c4 ^ Long.rotateLeft(c1, 1);
        long d1 = c0 ^ Long.rotateLeft(c2, 1);
        long d2 = c1 ^ Long.rotateLeft(c3, 1);
        long d3 = c2 ^ Long.rotateLeft(c4, 1);
        long d4 = c3 ^ Long.rotateLeft(c0, 1);
        long b00 = a00 ^ d0;
        long b13 = Long.rotateLeft(a01 ^ d0, 36);
        long b21 = Long.rotateLeft(a02 ^ d0, 3);
        long b34 = Long.rotateLeft(a03 ^ d0, 41);
        long b42 = Long.rotateLeft(a04 ^ d0, 18);
        long b02 = Long.rotateLeft(a10 ^ d1, 1);
        long b10 = Long.rotateLeft(a11 ^ d1, 44);
        long b23 = Long.rotateLeft(a12 ^ d1, 10);
        long b31 = Long.rotateLeft(a13 ^ d1, 45);
        long b44 = Long.rotateLeft(a14 ^ d1, 2);
        long b04 = Long.rotateLeft(a20 ^ d2, 62);
        long b12 = Long.rotateLeft(a21 ^ d2, 6);
        long b20 = Long.rotateLeft(a22 ^ d2, 43);
        long b33 = Long.rotateLeft(a23 ^ d2, 15);
        long b41 = Long.rotateLeft(a24 ^ d2, 61);
        long b01 = Long.rotateLeft(a30 ^ d3, 28);
        long b14 = Long.rotateLeft(a31 ^ d3, 55);
        long b22 = Long.rotateLeft(a32 ^ d3, 25);
        long b30 = Long.rotateLeft(a33 ^ d3, 21);
        long b43 = Long.rotateLeft(a34 ^ d3, 56);
        long b03 = Long.rotateLeft(a40 ^ d4, 27);
        long b11 = Long.rotateLeft(a41 ^ d4, 20);
        long b24 = Long.rotateLeft(a42 ^ d4, 39);
        long b32 = Long.rotateLeft(a43 ^ d4, 8);
        long b40 = Long.rotateLeft(a44 ^ d4, 14);
        a00 = b00 ^ (~b10 & b20);
        a10 = b10 ^ (~b20 & b30);
        a20 = b20 ^ (~b30 & b40);
        a30 = b30 ^ (~b40 & b00);
        a40 = b40 ^ (~b00 & b10);
        a01 = b01 ^ (~b11 & b21);
        a11 = b11 ^ (~b21 & b31);
        a21 = b21 ^ (~b31 & b41);
        a31 = b31 ^ (~b41 & b01);
        a41 = b41 ^ (~b01 & b11);
        a02 = b02 ^ (~b12 & b22);
        a12 = b12 ^ (~b22 & b32);
        a22 = b22 ^ (~b32 & b42);
        a32 = b32 ^ (~b42 & b02);
        a42 = b42 ^ (~b02 & b12);
        a03 = b03 ^ (~b13 & b23);
        a13 = b13 ^ (~b23 & b33);
        a23 = b23 ^ (~b33 & b43);
        a33 = b33 ^ (~b43 & b03);
        a43 = b43 ^ (~b03 & b13);
        a04 = b04 ^ (~b14 & b24);
        a14 = b14 ^ (~b24 & b34);
        a24 = b24 ^ (~b34 & b44);
        a34 = b34 ^ (~b44 & b04);
        a44 = b44 ^ (~b04 & b14);
        a00 ^= ROUND_CONSTANTS[round + 2];
      }
      {
        long c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
        long c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
        long c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
        long c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
        long c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
        long d0 = c4 ^ Long.rotateLeft(c1, 1);
        long d1 = c0 ^ Long.rotateLeft(c2, 1);
        long d2 = c1 ^ Long.rotateLeft(c3, 1);
        long d3 = c2 ^ Long.rotateLeft(c4, 1);
        long d4 = c3 ^ Long.rotateLeft(c0, 1);
        long b00 = a00 ^ d0;
        long b13 = Long.rotateLeft(a01 ^ d0, 36);
        long b21 = Long.rotateLeft(a02 ^ d0, 3);
        long b34 = Long.rotateLeft(a03 ^ d0, 41);
        long b42 = Long.rotateLeft(a04 ^ d0, 18);
        long b02 = Long.rotateLeft(a10 ^ d1, 1);
        long b10 = Long.rotateLeft(a11 ^ d1, 44);
        long b23 = Long.rotateLeft(a12 ^ d1, 10);
        long b31 = Long.rotateLeft(a13 ^ d1, 45);
        long b44 = Long.rotateLeft(a14 ^ d1, 2);
        long b04 = Long.rotateLeft(a20 ^ d2, 62);
        long b12 = Long.rotateLeft(a21 ^ d2, 6);
        long b20 = Long.rotateLeft(a22 ^ d2, 43);
        long b33 = Long.rotateLeft(a23 ^ d2, 15);
        long b41 = Long.rotateLeft(a24 ^ d2, 61);
        long b01 = Long.rotateLeft(a30 ^ d3, 28);
        long b14 = Long.rotateLeft(a31 ^ d3, 55);
        long b22 = Long.rotateLeft(a32 ^ d3, 25);
        long b30 = Long.rotateLeft(a33 ^ d3, 21);
        long b43 = Long.rotateLeft(a34 ^ d3, 56);
        long b03 = Long.rotateLeft(a40 ^ d4, 27);
        long b11 = Long.rotateLeft(a41 ^ d4, 20);
        long b24 = Long.rotateLeft(a42 ^ d4, 39);
        long b32 = Long.rotateLeft(a43 ^ d4, 8);
        long b40 = Long.rotateLeft(a44 ^ d4, 14);
        a00 = b00 ^ (~b10 & b20);
        a10 = b10 ^ (~b20 & b30);
        a20 = b20 ^ (~b30 & b40);
        a30 = b30 ^ (~b40 & b00);
        a40 = b40 ^ (~b00 & b10);
        a01 = b01 ^ (~b11 & b21);
        a11 = b11 ^ (~b21 & b31);
        a21 = b21 ^ (~b31 & b41);
        a31 = b31 ^ (~b41 & b01);
        a41 = b41 ^ (~b01 & b11);
        a02 = b02 ^ (~b12 & b22);
        a12 = b12 ^ (~b22 & b32);
        a22 = b22 ^ (~b32 & b42);
        a32 = b32 ^ (~b42 & b02);
        a42 = b42 ^ (~b02 & b12);
        a03 = b03 ^ (~b13 & b23);
        a13 = b13 ^ (~b23 & b33);
        a23 = b23 ^ (~b33 & b43);
        a33 = b33 ^ (~b43 & b03);
        a43 = b43 ^ (~b03 & b13);
        a04 = b04 ^ (~b14 & b24);
        a14 = b14 ^ (~b24 & b34);
        a24 = b24 ^ (~b34 & b44);
        a34 = b34 ^ (~b44 & b04);
        a44 = b44 ^ (~b04 & b14);
        a00 ^= ROUND_CONSTANTS[round + 3];
      }
    }
    s[0] = a00;
    s[1] = a10;
    s[2] = a20;
    s[3] = a30;
    s[4] = a40;
    s[5] = a01;
    s[6] = a11;
    s[7] = a21;
    s[8] = a31;
    s[9] = a41;
    s[10] = a02;
    s[11] = a12;
    s[12] = a22;
    s[13] = a32;
    s[14] = a42;
    s[15] = a03;
    s[16] = a13;
    s[17] = a23;
    s[18] = a33;
    s[19] = a43;
    s[20] = a04;
    s[21] = a14;
    s[22] = a24;
    s[23] = a34;
    s[24] = a44;
  }
}
