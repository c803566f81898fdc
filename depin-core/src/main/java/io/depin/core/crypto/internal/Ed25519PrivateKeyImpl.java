package io.depin.core.crypto.internal;

import io.depin.core.crypto.Ed25519Variant;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 private key: the 32-byte RFC 8032 seed and its public key. */
public final class Ed25519PrivateKeyImpl extends PrivateKeyImpl {
  static final int LENGTH = 32;

  private final byte[] seed;
  private final byte[] publicBytes;
  private final Ed25519PublicKeyImpl publicKey;

  Ed25519PrivateKeyImpl(byte[] seed) {
    this.seed = seed;
    this.publicBytes = new byte[Ed25519PublicKeyImpl.LENGTH];
    Ed25519.generatePublicKey(seed, 0, publicBytes, 0);
    this.publicKey = Ed25519PublicKeyImpl.fromTrusted(publicBytes.clone());
  }

  @Override
  public PublicKeyImpl publicKey() {
    return publicKey;
  }

  @Override
  public byte[] sign(byte[] message) {
    return sign(message, Ed25519Variant.pure());
  }

  /**
   * Signs a message with one of the RFC 8032 schemes.
   *
   * @param message the bytes to sign; for Ed25519ph, the message whose SHA-512 is signed
   * @param variant the scheme and its context
   * @return the 64-byte signature {@code R || S}
   */
  public byte[] sign(byte[] message, Ed25519Variant variant) {
    byte[] signature = new byte[64];
    byte[] context = variant.context().toByteArray();
    switch (variant.scheme()) {
      case ED25519 ->
          Ed25519.sign(seed, 0, publicBytes, 0, message, 0, message.length, signature, 0);
      case ED25519_CTX ->
          Ed25519.sign(seed, 0, publicBytes, 0, context, message, 0, message.length, signature, 0);
      case ED25519_PH ->
          Ed25519.signPrehash(
              seed, 0, publicBytes, 0, context, Ed25519PublicKeyImpl.prehash(message), 0,
              signature, 0);
    }
    return signature;
  }

  @Override
  public byte[] exportRaw() {
    return seed.clone();
  }

  @Override
  public byte[] exportPkcs8() {
    return KeyEncoding.ed25519Pkcs8(seed);
  }
}
