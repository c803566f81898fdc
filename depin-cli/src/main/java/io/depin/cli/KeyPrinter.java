package io.depin.cli;

import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.eth.EthAddress;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints the public information of a key, the same way for {@code generate} and {@code show}. */
final class KeyPrinter {
  private KeyPrinter() {}

  /** {@return the command-line name of a key type: ed25519, secp256k1 or p256} */
  static String name(KeyType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  static void print(PublicKey key, PrintWriter out) {
    out.println("type: " + name(key.keyType()));
    out.println("public key (hex): " + Hex.encode(key.toRaw()));
    if (key.keyType() == KeyType.SECP256K1) {
      out.println("address: " + EthAddress.fromPublicKey(key));
    }
    out.print(key.toSpkiPem());
    out.flush();
  }
}
