package io.depin.devices.hsm.internal;

import java.security.InvalidParameterException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Creates instances of the JDK's SunPKCS11 provider bound to one slot of one PKCS#11 library.
 *
 * <p>Keys generated through such a provider are token objects ({@code CKA_TOKEN}), private to the
 * logged-in user, sensitive and not extractable, and may only sign. The public half stays a session
 * object: the certificate stored next to the private key carries it.
 */
public final class SunPkcs11 {
  private static final String EC_PRIVATE_KEY_TEMPLATE =
      """
      attributes(generate, CKO_PRIVATE_KEY, CKK_EC) = {
        CKA_TOKEN = true
        CKA_PRIVATE = true
        CKA_SENSITIVE = true
        CKA_EXTRACTABLE = false
        CKA_SIGN = true
        CKA_DECRYPT = false
        CKA_DERIVE = false
      }
      """;

  private SunPkcs11() {}

  /**
   * Returns the SunPKCS11 configuration for a slot.
   *
   * @param library the library path, already checked to need no quoting
   * @param slot the slot id, if the slot is named by id
   * @param slotListIndex the slot list index otherwise
   * @return the configuration text
   */
  public static String configText(String library, OptionalLong slot, OptionalInt slotListIndex) {
    String where =
        slot.isPresent()
            ? "slot = " + slot.getAsLong()
            : "slotListIndex = " + slotListIndex.orElseThrow();
    return "name = depin\nlibrary = " + library + "\n" + where + "\n" + EC_PRIVATE_KEY_TEMPLATE;
  }

  /**
   * Creates a provider from a configuration; the provider is not registered with {@link Security}.
   *
   * @param configText the text from {@link #configText}
   * @param where the library and slot, for messages
   * @return the provider
   * @throws IllegalStateException if the JDK has no SunPKCS11 provider, or the library cannot be
   *     loaded or has no token in that slot
   */
  public static Provider provider(String configText, String where) {
    Provider base = Security.getProvider("SunPKCS11");
    if (base == null) {
      throw new IllegalStateException(
          "this Java runtime has no SunPKCS11 provider (module jdk.crypto.cryptoki)");
    }
    try {
      return base.configure("--" + configText);
    } catch (InvalidParameterException | ProviderException e) {
      throw new IllegalStateException(
          "cannot use the PKCS#11 token at " + where + ": " + rootMessage(e), e);
    }
  }

  /**
   * Returns the message of the innermost cause, which for a PKCS#11 failure names the {@code
   * CKR_} code.
   *
   * @param e the exception
   * @return the message, or the class name if there is none
   */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    // getCause() is null, not the exception itself, when an exception is its own cause.
    for (Throwable cause = t.getCause(); cause != null; cause = t.getCause()) {
      t = cause;
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
