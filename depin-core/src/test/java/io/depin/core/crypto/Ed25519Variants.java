package io.depin.core.crypto;

import io.depin.core.bytes.Bytes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random Ed25519 variants for properties: pure, and ctx or ph with short or near-limit contexts. */
final class Ed25519Variants {
  private Ed25519Variants() {}

  static Arbitrary<Ed25519Variant> any() {
    Arbitrary<Bytes> contexts =
        Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(8),
                Arbitraries.bytes().array(byte[].class).ofMinSize(250).ofMaxSize(255))
            .map(Bytes::of);
    return Arbitraries.oneOf(
        Arbitraries.just(Ed25519Variant.pure()),
        contexts.filter(c -> !c.isEmpty()).map(Ed25519Variant::ctx),
        contexts.map(Ed25519Variant::ph));
  }
}
