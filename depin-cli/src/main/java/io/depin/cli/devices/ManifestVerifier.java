package io.depin.cli.devices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.json.JsonFields;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceId;
import io.depin.devices.cert.Certificate;
import io.depin.devices.cert.CertificateValidationException;
import io.depin.devices.cert.CertificateValidator;
import io.depin.devices.cert.DeviceCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a manifest that {@link Provisioner} wrote, as a network does before importing it: every
 * entry's certificate must chain to the manifest's maker certificate ({@link CertificateValidator}
 * at the given time), name the entry's device id and certify the entry's public key, and no device
 * id may appear twice.
 *
 * {@snippet :
 * ManifestVerifier.Result result = ManifestVerifier.verify(Path.of("batch-42/manifest.json"), clock.instant());
 * result.failures().forEach(f -> System.err.println(f.deviceId() + ": " + f.reason()));
 * }
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ManifestVerifier {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ManifestVerifier() {}

  /**
   * Verifies a manifest file.
   *
   * @param manifest the file, untrusted
   * @param now the validation time
   * @return how many entries there are and which fail
   * @throws IOException if the file cannot be read or is not JSON
   * @throws DecodingException if the manifest has no valid maker certificate or no devices array
   */
  public static Result verify(Path manifest, Instant now) throws IOException {
    JsonNode root = JSON.readTree(Files.readAllBytes(manifest));
    if (root == null || !root.isObject()) {
      throw new DecodingException(DecodingException.Reason.MALFORMED, "the manifest is not a JSON object");
    }
    JsonNode caPem = root.path("makerCertificate");
    JsonNode devices = root.path("devices");
    if (!caPem.isTextual() || !devices.isArray()) {
      throw new DecodingException(
          DecodingException.Reason.MALFORMED, "the manifest needs a makerCertificate and a devices array");
    }
    Certificate ca = Certificate.fromPem(caPem.textValue());
    List<Failure> failures = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode entry : devices) {
      String id = entry.path("deviceId").asText("");
      String reason = check(entry, ca, now);
      if (reason == null && !ids.add(id.toLowerCase(Locale.ROOT))) {
        reason = "duplicate device id";
      }
      if (reason != null) {
        failures.add(new Failure(index, id, reason));
      }
      index++;
    }
    return new Result(index, failures);
  }

  private static @Nullable String check(JsonNode entry, Certificate ca, Instant now) {
    DeviceId id;
    PublicKey key;
    Certificate certificate;
    try {
      id = DeviceId.parse(entry.path("deviceId").asText(""));
      KeyType type = JsonFields.keyTypeNamed(entry.path("keyType").asText(""));
      key = PublicKey.fromRaw(type, Hex.decode(entry.path("publicKey").asText("")));
      certificate = Certificate.fromPem(entry.path("certificate").asText(""));
    } catch (IllegalArgumentException e) {
      return "malformed entry: " + e.getMessage();
    }
    DeviceCertificate valid;
    try {
      valid = CertificateValidator.validate(certificate, ca, now);
    } catch (CertificateValidationException e) {
      return "certificate rejected (" + e.reason() + "): " + e.getMessage();
    }
    if (!valid.deviceId().equals(id)) {
      return "the certificate is for device " + valid.deviceId();
    }
    if (!valid.publicKey().equals(key)) {
      return "the certificate certifies another public key";
    }
    return null;
  }

  /**
   * The outcome of a verification.
   *
   * {@snippet :
   * boolean ok = result.failures().isEmpty();
   * }
   *
   * @param entries how many entries the manifest has
   * @param failures the failing entries, in manifest order
   */
  public record Result(int entries, List<Failure> failures) {
    /** Copies the failures. */
    public Result {
      failures = List.copyOf(failures);
    }
  }

  /**
   * One failing entry.
   *
   * {@snippet :
   * String line = "entry " + failure.index() + " " + failure.deviceId() + ": " + failure.reason();
   * }
   *
   * @param index the entry's position in the manifest, from 0
   * @param deviceId the id the entry names, as written (possibly malformed)
   * @param reason why it fails
   */
  public record Failure(int index, String deviceId, String reason) {}
}
