package io.depin.cli.devices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.JsonFields;
import io.depin.cli.internal.AtomicFiles;
import io.depin.core.DecodingException;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SecretAccess;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.cert.Certificate;
import io.depin.devices.cert.MakerAuthority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A maker's directory: the maker private key ({@value #KEY_FILE}, PKCS#8 PEM, owner-only), the
 * self-signed maker CA certificate ({@value #CERTIFICATE_FILE}) and {@value #MAKER_JSON} with the
 * maker id, name, key type and file names.
 *
 * {@snippet :
 * MakerDirectory maker = MakerDirectory.create(
 *     Path.of("acme"), "Acme Sensors", KeyType.P256, Duration.ofDays(3650),
 *     Clock.systemUTC(), new SecureRandom());
 * MakerAuthority authority = MakerDirectory.open(Path.of("acme")).authority();
 * }
 *
 * <p>Immutable; the authority it holds is thread-safe.
 *
 * @since 0.1.0
 */
public final class MakerDirectory {
  /** The maker private key file. */
  public static final String KEY_FILE = "maker-key.pem";

  /** The maker CA certificate file. */
  public static final String CERTIFICATE_FILE = "maker-cert.pem";

  /** The description file. */
  public static final String MAKER_JSON = "maker.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;
  private final String name;
  private final MakerAuthority authority;

  private MakerDirectory(Path directory, String name, MakerAuthority authority) {
    this.directory = directory;
    this.name = name;
    this.authority = authority;
  }

  /**
   * Creates a maker directory with a new key and a new self-signed CA certificate. The directory
   * must not exist or be empty; nothing in it is ever overwritten.
   *
   * @param directory where to write
   * @param name the maker's name, the CA certificate's common name (1 to 64 characters)
   * @param keyType the maker key's type
   * @param validity how long the CA certificate is valid
   * @param clock the clock that dates the certificate
   * @param random the source of the key and the serial number
   * @return the new maker directory
   * @throws FileAlreadyExistsException if the directory exists and is not empty
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if the name or validity is out of range
   */
  public static MakerDirectory create(
      Path directory, String name, KeyType keyType, Duration validity, Clock clock, SecureRandom random)
      throws IOException {
    if (Files.exists(directory) && !isEmptyDirectory(directory)) {
      throw new FileAlreadyExistsException(directory.toString(), null, "exists and is not empty");
    }
    SigningKey key = SigningKey.generate(keyType, random);
    MakerAuthority authority;
    try {
      authority = MakerAuthority.create(key, name, validity, clock, random);
    } catch (CryptoException e) {
      throw new IllegalStateException("a local key failed to sign", e);
    }
    Files.createDirectories(directory);
    AtomicFiles.writeSecret(directory.resolve(KEY_FILE), key.exportPkcs8Pem(SecretAccess.EXPORT));
    AtomicFiles.write(directory.resolve(CERTIFICATE_FILE), authority.caCertificate().toPem());
    ObjectNode json = JSON.createObjectNode();
    json.put("makerId", authority.makerId().toString());
    json.put("name", name);
    json.put("keyType", JsonFields.keyTypeName(keyType));
    json.put("certificate", CERTIFICATE_FILE);
    json.put("key", KEY_FILE);
    AtomicFiles.write(directory.resolve(MAKER_JSON), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    return new MakerDirectory(directory, name, authority);
  }

  /**
   * Opens an existing maker directory, checking that the key, the certificate and the recorded
   * maker id belong together.
   *
   * @param directory the directory {@link #create} wrote
   * @param clock the clock that dates the certificates the authority issues
   * @param random the source of serial numbers
   * @return the maker directory
   * @throws IOException if a file is missing or unreadable
   * @throws IllegalArgumentException (a {@link DecodingException} among others) if a file is
   *     malformed or the files do not belong together
   */
  public static MakerDirectory open(Path directory, Clock clock, SecureRandom random) throws IOException {
    JsonNode json = JSON.readTree(Files.readAllBytes(directory.resolve(MAKER_JSON)));
    String keyFile = text(json, "key");
    String certificateFile = text(json, "certificate");
    SigningKey key = SigningKey.fromPkcs8Pem(read(directory.resolve(Path.of(keyFile).getFileName())));
    Certificate certificate = Certificate.fromPem(read(directory.resolve(Path.of(certificateFile).getFileName())));
    MakerAuthority authority = MakerAuthority.of(key, certificate, clock, random);
    String recorded = text(json, "makerId");
    if (!recorded.equalsIgnoreCase(authority.makerId().toString())) {
      throw new IllegalArgumentException(
          MAKER_JSON + " names maker " + recorded + " but the key is maker " + authority.makerId());
    }
    return new MakerDirectory(directory, text(json, "name"), authority);
  }

  /** {@return the directory} */
  public Path directory() {
    return directory;
  }

  /** {@return the maker's name} */
  public String name() {
    return name;
  }

  /** {@return the maker's certificate authority} */
  public MakerAuthority authority() {
    return authority;
  }

  @Override
  public String toString() {
    return "MakerDirectory[" + directory + ", " + authority.makerId() + "]";
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || !node.isTextual()) {
      throw new DecodingException(
          DecodingException.Reason.INVALID_VALUE, MAKER_JSON + ": missing text field '" + field + "'");
    }
    return Objects.requireNonNull(node.textValue());
  }

  private static boolean isEmptyDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }
}
