package io.depin.core.eth;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.RecoverableSignature;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.SigningKey;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A 65-byte Ethereum signature {@code r || s || v} with {@code v = 27 + recovery id}, the form of
 * {@code personal_sign}, {@code eth_sign} and EIP-712 wallets.
 *
 * <p>Parsing accepts only {@code v} 27 or 28 (not the raw 0/1 ids, nor EIP-155 chain-encoded
 * values, which belong to transactions). Recovery requires low {@code s} (EIP-2), like
 * {@code ecrecover}-based contracts such as OpenZeppelin's {@code ECDSA.recover}.
 *
 * {@snippet :
 * EthSignature sig = EthSignature.sign(key, PersonalMessage.hash(message));
 * EthAddress signer = sig.recoverAddress(PersonalMessage.hash(message));
 * }
 *
 * @since 0.1.0
 */
public final class EthSignature {
  /** The length of the encoding. */
  public static final int LENGTH = 65;

  private final byte[] rsv;

  private EthSignature(byte[] rsv) {
    this.rsv = rsv;
  }

  /**
   * Decodes {@code r || s || v}.
   *
   * @param rsv exactly 65 bytes with {@code v} 27 or 28
   * @return the signature
   * @throws DecodingException for another length ({@link Reason#WRONG_LENGTH}) or {@code v}
   *     ({@link Reason#INVALID_VALUE})
   */
  public static EthSignature of(byte[] rsv) {
    if (rsv.length != LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "an Ethereum signature has 65 bytes, not " + rsv.length);
    }
    int v = rsv[64] & 0xff;
    if (v != 27 && v != 28) {
      throw new DecodingException(Reason.INVALID_VALUE, "v must be 27 or 28, not " + v);
    }
    return new EthSignature(rsv.clone());
  }

  /**
   * Parses {@code 0x}-prefixed or bare hex of the 65 bytes.
   *
   * @param hex the text
   * @return the signature
   * @throws DecodingException if the hex or the signature is malformed
   */
  public static EthSignature fromHex(CharSequence hex) {
    return of(Hex.decode(hex, 2 + 2 * LENGTH));
  }

  /**
   * Converts a recoverable secp256k1 signature.
   *
   * @param signature a signature whose recovery id is 0 or 1
   * @return the Ethereum form
   * @throws IllegalArgumentException if the recovery id is 2 or 3 (not expressible with v 27/28)
   */
  public static EthSignature of(RecoverableSignature signature) {
    if (signature.recoveryId() > 1) {
      throw new IllegalArgumentException("recovery id " + signature.recoveryId() + " has no v of 27 or 28");
    }
    byte[] rsv = Arrays.copyOf(signature.signature().toByteArray(), LENGTH);
    rsv[64] = (byte) (27 + signature.recoveryId());
    return new EthSignature(rsv);
  }

  /**
   * Signs a 32-byte digest with a secp256k1 key (RFC 6979, low {@code s}).
   *
   * @param key a SECP256K1 key
   * @param digest the digest to sign, such as {@link PersonalMessage#hash(byte[])}
   * @return the signature
   * @throws IllegalStateException if the key is not secp256k1
   */
  public static EthSignature sign(SigningKey key, Hash32 digest) {
    return of(key.signDigest(digest));
  }

  /** {@return {@code v}: 27 or 28} */
  public int v() {
    return rsv[64] & 0xff;
  }

  /** {@return the recoverable form ({@code r || s} and recovery id {@code v - 27})} */
  public RecoverableSignature toRecoverable() {
    return RecoverableSignature.of(
        Signature.of(KeyType.SECP256K1, Arrays.copyOf(rsv, 64)), v() - 27);
  }

  /**
   * Recovers the address that signed {@code digest} ({@code ecrecover}).
   *
   * @param digest the signed digest
   * @return the signer's address
   * @throws CryptoException with {@link CryptoException.Code#SIGNATURE_MALLEABLE} for high
   *     {@code s}, {@link CryptoException.Code#SCALAR_OUT_OF_RANGE} or {@link
   *     CryptoException.Code#RECOVERY_FAILED}
   */
  public EthAddress recoverAddress(Hash32 digest) throws CryptoException {
    return EthAddress.fromPublicKey(toRecoverable().recoverPublicKey(digest));
  }

  /** {@return a copy of the 65 bytes} */
  public byte[] toByteArray() {
    return rsv.clone();
  }

  /** {@return {@code 0x} and 130 lowercase hex digits} */
  public String toHex() {
    return "0x" + Hex.encode(rsv);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EthSignature other && Arrays.equals(rsv, other.rsv);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(rsv);
  }

  /** {@return the hex form} */
  @Override
  public String toString() {
    return toHex();
  }
}
