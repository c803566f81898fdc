package io.depin.devices.eth.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import java.io.IOException;
import java.util.HashMap;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * Computes EIP-712 hashes of a typed-data JSON document with web3j's {@link StructuredDataEncoder}.
 *
 * <p>The caller has already checked the document's size and shape; web3j still rejects anything it
 * cannot encode (an unknown type, a value that does not fit its type), and every such failure is
 * reported as a {@link DecodingException}, never as a web3j exception.
 *
 * @param domainSeparator {@code hashStruct(domain)}
 * @param messageHash {@code hashStruct(message)}
 * @param digest {@code keccak256(0x19 0x01 || domainSeparator || messageHash)}
 */
public record TypedDataHasher(Hash32 domainSeparator, Hash32 messageHash, Hash32 digest) {

  /**
   * Hashes a typed-data document.
   *
   * @param json the document, as {@code eth_signTypedData_v4} takes it
   * @return the three hashes
   * @throws DecodingException with {@link Reason#MALFORMED} if web3j cannot encode the document
   */
  @SuppressWarnings("unchecked")
  public static TypedDataHasher hash(String json) {
    try {
      StructuredDataEncoder encoder = new StructuredDataEncoder(json);
      Object message = encoder.jsonMessageObject.getMessage();
      if (!(message instanceof HashMap<?, ?> map)) {
        throw new DecodingException(Reason.MALFORMED, "the typed-data message is not an object");
      }
      byte[] domain = encoder.hashDomain();
      byte[] struct =
          encoder.hashMessage(
              encoder.jsonMessageObject.getPrimaryType(), (HashMap<String, Object>) map);
      byte[] digest = encoder.hashStructuredData();
      return new TypedDataHasher(Hash32.of(domain), Hash32.of(struct), Hash32.of(digest));
    } catch (IOException | RuntimeException e) {
      if (e instanceof DecodingException d) {
        throw d;
      }
      // web3j signals every encoding failure with an unchecked exception of its own choosing.
      throw new DecodingException(
          Reason.MALFORMED, "the typed data cannot be EIP-712 encoded: " + e.getClass().getSimpleName(), e);
    }
  }
}
