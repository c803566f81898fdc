package io.depin.core.crypto;

/**
 * A capability token that every call exporting secret key material must pass, so each export is
 * explicit and easy to find with a text search.
 *
 * {@snippet :
 * byte[] pkcs8 = key.exportPkcs8Der(SecretAccess.EXPORT);
 * }
 *
 * @since 0.1.0
 */
public enum SecretAccess {
  /** Grants one export of secret material to the caller. */
  EXPORT
}
