package io.depin.devices.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.Signer;
import io.depin.core.json.CanonicalJson;
import io.depin.core.json.JsonFields;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to onboard a device: an {@link OnboardingClaim} with the device's, the maker's and the
 * owner's signatures. Nothing is verified here; hand it to an {@link OnboardingVerifier}.
 *
 * <p>The JSON wire form is canonical (RFC 8785):
 *
 * <pre>{@code
 * {"claim":{"device":{"keyType":"p256","publicKey":"0x…"},"issuedAt":1700000000000,
 *   "maker":{…},"network":"io.example.net","nonce":"0x…","owner":{…}},
 *  "signatures":{"device":"0x…","maker":"0x…","owner":"0x…"}}
 * }</pre>
 *
 * {@snippet :
 * OnboardingRequest request = OnboardingRequest.sign(claim, deviceKey, makerKey, ownerKey);
 * byte[] wire = request.toJsonBytes();
 * OnboardingRequest received = OnboardingRequest.fromJson(wire);   // equals request
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OnboardingRequest {
  /** The largest JSON form {@link #fromJson(byte[])} accepts. */
  public static final int MAX_JSON_BYTES = 4096;

  private static final int MAX_DEPTH = 4;
  private static final Set<String> MEMBERS = Set.of("claim", "signatures");
  private static final Set<String> CLAIM_MEMBERS =
      Set.of("network", "device", "maker", "owner", "nonce", "issuedAt");
  private static final Set<String> SIGNATURE_MEMBERS = Set.of("device", "maker", "owner");

  private final OnboardingClaim claim;
  private final Signature deviceSignature;
  private final Signature makerSignature;
  private final Signature ownerSignature;

  private OnboardingRequest(
      OnboardingClaim claim,
      Signature deviceSignature,
      Signature makerSignature,
      Signature ownerSignature) {
    this.claim = claim;
    this.deviceSignature = deviceSignature;
    this.makerSignature = makerSignature;
    this.ownerSignature = ownerSignature;
  }

  /**
   * Assembles a request from signatures made separately (on the device, at the factory, in the
   * owner's wallet).
   *
   * @param claim the signed claim
   * @param deviceSignature the device's signature over {@link OnboardingClaim#deviceSigningInput()}
   * @param makerSignature the maker's signature over {@link
   *     OnboardingClaim#makerSigningInput(Signature)}
   * @param ownerSignature the owner's signature over {@link
   *     OnboardingClaim#ownerSigningInput(Signature, Signature)}
   * @return the request
   */
  public static OnboardingRequest of(
      OnboardingClaim claim,
      Signature deviceSignature,
      Signature makerSignature,
      Signature ownerSignature) {
    return new OnboardingRequest(
        Objects.requireNonNull(claim, "claim"),
        Objects.requireNonNull(deviceSignature, "deviceSignature"),
        Objects.requireNonNull(makerSignature, "makerSignature"),
        Objects.requireNonNull(ownerSignature, "ownerSignature"));
  }

  /**
   * Signs {@code claim} with all three parties' signers, in order: device, maker, owner.
   *
   * @param claim the claim
   * @param device the device's signer
   * @param maker the maker's signer
   * @param owner the owner's signer
   * @return the signed request
   * @throws CryptoException if a signer fails
   */
  public static OnboardingRequest sign(
      OnboardingClaim claim, Signer device, Signer maker, Signer owner) throws CryptoException {
    Signature d = device.sign(claim.deviceSigningInput());
    Signature m = maker.sign(claim.makerSigningInput(d));
    Signature o = owner.sign(claim.ownerSigningInput(d, m));
    return of(claim, d, m, o);
  }

  /** {@return the claim} */
  public OnboardingClaim claim() {
    return claim;
  }

  /** {@return the device's signature; not verified here} */
  public Signature deviceSignature() {
    return deviceSignature;
  }

  /** {@return the maker's signature; not verified here} */
  public Signature makerSignature() {
    return makerSignature;
  }

  /** {@return the owner's signature; not verified here} */
  public Signature ownerSignature() {
    return ownerSignature;
  }

  /** {@return the JSON form as UTF-8, RFC 8785 canonical} */
  public byte[] toJsonBytes() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode c = root.putObject("claim");
    c.put("network", claim.network().value());
    JsonFields.putKey(c, "device", claim.deviceKey());
    JsonFields.putKey(c, "maker", claim.makerKey());
    JsonFields.putKey(c, "owner", claim.ownerKey());
    c.put("nonce", claim.nonce().toPrefixedHex());
    c.put("issuedAt", claim.issuedAt().toEpochMilli());
    ObjectNode s = root.putObject("signatures");
    s.put("device", deviceSignature.toBytes().toPrefixedHex());
    s.put("maker", makerSignature.toBytes().toPrefixedHex());
    s.put("owner", ownerSignature.toBytes().toPrefixedHex());
    return CanonicalJson.canonicalize(root);
  }

  /** {@return the JSON form, RFC 8785 canonical} */
  public String toJson() {
    return new String(toJsonBytes(), StandardCharsets.UTF_8);
  }

  /**
   * Parses the JSON form strictly: at most {@link #MAX_JSON_BYTES}, exactly the documented
   * members, valid keys, 64-byte signatures. Nothing is verified.
   *
   * @param json untrusted UTF-8 JSON
   * @return the request
   * @throws DecodingException if the input is too large or not a valid request
   */
  public static OnboardingRequest fromJson(byte[] json) {
    JsonNode root = CanonicalJson.parse(json, MAX_JSON_BYTES, MAX_DEPTH);
    JsonFields.requireMembers(root, MEMBERS, "request");
    JsonNode c = root.get("claim");
    JsonFields.requireMembers(c, CLAIM_MEMBERS, "claim");
    OnboardingClaim claim;
    try {
      claim =
          new OnboardingClaim(
              NetworkId.of(JsonFields.text(c, "network")),
              JsonFields.key(c, "device"),
              JsonFields.key(c, "maker"),
              JsonFields.key(c, "owner"),
              JsonFields.hex(c, "nonce", OnboardingClaim.MAX_NONCE_BYTES),
              Instant.ofEpochMilli(JsonFields.safeInteger(c, "issuedAt")));
    } catch (DecodingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DecodingException(
          Reason.INVALID_VALUE, Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    }
    JsonNode s = root.get("signatures");
    JsonFields.requireMembers(s, SIGNATURE_MEMBERS, "signatures");
    return new OnboardingRequest(
        claim,
        JsonFields.signature(s, "device", claim.deviceKey().keyType()),
        JsonFields.signature(s, "maker", claim.makerKey().keyType()),
        JsonFields.signature(s, "owner", claim.ownerKey().keyType()));
  }

  /**
   * Parses the JSON form; see {@link #fromJson(byte[])}.
   *
   * @param json untrusted JSON
   * @return the request
   * @throws DecodingException if the input is too large or not a valid request
   */
  public static OnboardingRequest fromJson(String json) {
    if (json.length() > MAX_JSON_BYTES) {
      throw new DecodingException(
          Reason.TOO_LONG, "an onboarding request is at most " + MAX_JSON_BYTES + " bytes");
    }
    return fromJson(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Two requests are equal when the claim and all three signatures are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OnboardingRequest other
        && claim.equals(other.claim)
        && deviceSignature.equals(other.deviceSignature)
        && makerSignature.equals(other.makerSignature)
        && ownerSignature.equals(other.ownerSignature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claim, deviceSignature, makerSignature, ownerSignature);
  }

  @Override
  public String toString() {
    return "OnboardingRequest[network=" + claim.network() + ", device=" + claim.deviceKey() + "]";
  }
}
