package io.depin.cli;

import io.depin.core.json.JsonFields;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.eth.EthAddress;
import java.io.PrintWriter;

/** Prints the public information of a key, the same way for {@code generate} and {@code show}. */
final class KeyPrinter {
  private KeyPrinter() {}

  static void print(PublicKey key, PrintWriter out) {
    out.println("type: " + JsonFields.keyTypeName(key.keyType()));
    out.println("public key (hex): " + Hex.encode(key.toRaw()));
    if (key.keyType() == KeyType.SECP256K1) {
      out.println("address: " + EthAddress.fromPublicKey(key));
    }
    out.print(key.toSpkiPem());
    out.flush();
  }
}
