package io.depin.cli.devices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.JsonFields;
import io.depin.cli.internal.AtomicFiles;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SecretAccess;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.cert.Certificate;
import io.depin.devices.cert.CertificateValidationException;
import io.depin.devices.cert.CertificateValidator;
import io.depin.devices.cert.DeviceCertificate;
import io.depin.devices.cert.DeviceCsr;
import io.depin.devices.cert.MakerAuthority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Provisions a batch of devices into an output directory: one bundle file per device and a
 * {@value #MANIFEST_FILE} that a network imports.
 *
 * <p>A bundle is one JSON file holding everything about its device: {@code deviceId}, {@code
 * keyType}, {@code publicKey} (hex), {@code makerId}, {@code serial}, {@code notBefore}, {@code
 * notAfter}, the {@code certificate} (PEM) and, when the provisioner made the key, the device's
 * {@code privateKey} (PKCS#8 PEM). Since it may hold a secret, every bundle file is owner-only.
 *
 * <p>Two modes. {@link #generate} makes the device keys itself, as a factory line does: slot
 * {@code i} of the batch is the bundle {@code device-00000i.json}, with the private key. {@link
 * #issue} certifies the PKCS#10 requests that devices made, so their keys never leave them: the
 * bundle of each is {@code device-<id hex>.json}, without a key.
 *
 * <p>Crash safety: a bundle is written to {@code <bundle>.tmp} and renamed atomically, so it is
 * complete exactly when its {@code .json} file exists. A rerun with the same arguments keeps and
 * re-checks complete bundles (their ids do not change), deletes temporary files, provisions what
 * is missing and rewrites the manifest from all bundles. A {@value #BATCH_FILE} records the
 * batch's arguments; a rerun with different ones is refused. Devices are provisioned in parallel,
 * by {@link Builder#parallelism} threads.
 *
 * {@snippet :
 * Provisioner provisioner = Provisioner.builder()
 *     .maker(MakerDirectory.open(makerDir, Clock.systemUTC(), new SecureRandom()).authority())
 *     .outputDirectory(Path.of("batch-42"))
 *     .validity(Duration.ofDays(3650))
 *     .build();
 * ProvisioningReport report = provisioner.generate(KeyType.P256, 10_000);
 * }
 *
 * <p>One run at a time per output directory; the instance itself is immutable.
 *
 * @since 0.1.0
 */
public final class Provisioner {
  /** The manifest file in the output directory. */
  public static final String MANIFEST_FILE = "manifest.json";

  /** The file in the output directory that records the batch's arguments. */
  public static final String BATCH_FILE = "batch.json";

  /** The file name extension of a bundle. */
  public static final String BUNDLE_EXTENSION = ".json";

  /** The manifest's format name. */
  public static final String MANIFEST_FORMAT = "depin-device-manifest-v1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MakerAuthority maker;
  private final Path out;
  private final Duration validity;
  private final Clock clock;
  private final int parallelism;
  private final Runnable progress;

  private Provisioner(Builder b) {
    this.maker = Objects.requireNonNull(b.maker, "maker");
    this.out = Objects.requireNonNull(b.out, "outputDirectory");
    this.validity = b.validity;
    this.clock = b.clock;
    this.parallelism = b.parallelism;
    this.progress = b.progress;
  }

  /** {@return a builder; maker and output directory are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Generates {@code count} device keys and certifies them, resuming an interrupted batch.
   *
   * @param keyType the device keys' type
   * @param count the number of devices in the batch, at least 1
   * @return what was done
   * @throws IOException if a file cannot be read or written
   * @throws IllegalStateException if the output directory holds another batch, or a complete
   *     bundle in it is not a valid certificate of this maker
   */
  public ProvisioningReport generate(KeyType keyType, int count) throws IOException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    int cleaned = prepare("generate " + JsonFields.keyTypeName(keyType) + " " + count);
    ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);
    List<Callable<Slot>> tasks = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String bundle = String.format(Locale.ROOT, "device-%06d", i) + BUNDLE_EXTENSION;
      tasks.add(() -> provision(bundle, true, () -> {
        SigningKey key = SigningKey.generate(keyType, random.get());
        return new Issued(maker.issue(DeviceIdentity.of(key.publicKey()), validity), key);
      }));
    }
    return finish(runAll(tasks), cleaned, List.of());
  }

  /**
   * Certifies the device requests ({@code *.pem} or {@code *.csr}, PEM or DER) in a directory,
   * resuming an interrupted batch. Malformed requests and repeated device ids are reported in
   * {@link ProvisioningReport#rejected()} and skipped.
   *
   * @param csrDirectory the directory of requests
   * @return what was done
   * @throws IOException if a file cannot be read or written
   * @throws IllegalStateException if the output directory holds another batch, or a complete
   *     bundle in it is not a valid certificate of this maker
   */
  public ProvisioningReport issue(Path csrDirectory) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(csrDirectory)) {
      files = list.filter(Provisioner::isRequestFile).sorted().toList();
    }
    int cleaned = prepare("csr " + csrDirectory.toAbsolutePath().normalize());
    List<String> rejected = new ArrayList<>();
    Set<DeviceId> seen = new HashSet<>();
    List<Callable<Slot>> tasks = new ArrayList<>(files.size());
    for (Path file : files) {
      DeviceCsr csr;
      try {
        csr = readCsr(file);
      } catch (DecodingException e) {
        rejected.add(file.getFileName() + ": not a valid device CSR: " + e.getMessage());
        continue;
      }
      if (!seen.add(csr.deviceId())) {
        rejected.add(file.getFileName() + ": device " + csr.deviceId() + " is already in this batch");
        continue;
      }
      String bundle = "device-" + csr.deviceId().value().toHex() + BUNDLE_EXTENSION;
      tasks.add(() -> provision(bundle, false, () -> new Issued(maker.issue(csr, validity), null)));
    }
    return finish(runAll(tasks), cleaned, rejected);
  }

  private int prepare(String batch) throws IOException {
    Files.createDirectories(out);
    int cleaned = AtomicFiles.deleteLeftovers(out);
    Path batchFile = out.resolve(BATCH_FILE);
    String expected = maker.makerId() + " " + batch;
    if (Files.exists(batchFile)) {
      JsonNode recorded = JSON.readTree(Files.readAllBytes(batchFile));
      String previous = recorded.path("makerId").asText() + " " + recorded.path("batch").asText();
      if (!previous.equals(expected)) {
        throw new IllegalStateException(
            out + " holds another batch (" + previous + "); use a new output directory");
      }
    } else {
      ObjectNode json = JSON.createObjectNode();
      json.put("makerId", maker.makerId().toString());
      json.put("batch", batch);
      AtomicFiles.write(batchFile, JSON.writeValueAsString(json) + "\n");
    }
    return cleaned;
  }

  private ProvisioningReport finish(List<Slot> slots, int cleaned, List<String> rejected)
      throws IOException {
    int created = 0;
    int kept = 0;
    List<ManifestEntry> entries = new ArrayList<>(slots.size());
    for (Slot slot : slots) {
      entries.add(slot.entry());
      if (slot.created()) {
        created++;
      } else {
        kept++;
      }
    }
    Path manifest = out.resolve(MANIFEST_FILE);
    AtomicFiles.write(manifest, manifestJson(entries));
    return new ProvisioningReport(created, kept, cleaned, rejected, manifest);
  }

  private String manifestJson(List<ManifestEntry> entries) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", MANIFEST_FORMAT);
    root.put("makerId", maker.makerId().toString());
    root.put("makerCertificate", maker.caCertificate().toPem());
    ArrayNode devices = root.putArray("devices");
    for (ManifestEntry e : entries) {
      ObjectNode d = devices.addObject();
      d.put("deviceId", e.deviceId().toString());
      d.put("keyType", JsonFields.keyTypeName(e.certificate().publicKey().keyType()));
      d.put("publicKey", Hex.encode(e.certificate().publicKey().toRaw()));
      d.put("certificate", e.certificate().toPem());
      d.put("bundle", e.bundle());
      d.put("status", e.status());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private List<Slot> runAll(List<Callable<Slot>> tasks) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, tasks.size())));
    try {
      List<Future<Slot>> futures = new ArrayList<>(tasks.size());
      for (Callable<Slot> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<Slot> slots = new ArrayList<>(tasks.size());
      for (Future<Slot> f : futures) {
        slots.add(f.get());
      }
      return slots;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted; rerun to resume", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private Slot provision(String bundle, boolean withKey, IssueStep step) throws IOException, CryptoException {
    Path file = out.resolve(bundle);
    if (Files.exists(file)) {
      Slot kept = new Slot(ManifestEntry.issued(loadComplete(file, withKey), bundle), false);
      progress.run();
      return kept;
    }
    Issued issued = step.issue();
    AtomicFiles.writeOwnerOnly(file, bundleJson(issued));
    progress.run();
    return new Slot(ManifestEntry.issued(issued.certificate(), bundle), true);
  }

  private DeviceCertificate loadComplete(Path file, boolean withKey) throws IOException {
    JsonNode json;
    try {
      json = JSON.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(file + ": the bundle is not valid JSON", e);
    }
    JsonNode pem = json == null ? null : json.get("certificate");
    if (pem == null || !pem.isTextual()) {
      throw new IllegalStateException(file + ": the bundle has no certificate");
    }
    DeviceCertificate cert;
    try {
      cert = CertificateValidator.validate(Certificate.fromPem(pem.textValue()), maker.caCertificate(), clock.instant());
    } catch (CertificateValidationException | DecodingException e) {
      throw new IllegalStateException(file + ": the bundle's certificate is not valid: " + e.getMessage(), e);
    }
    if (!cert.deviceId().toString().equalsIgnoreCase(json.path("deviceId").asText())) {
      throw new IllegalStateException(file + ": the bundle names another device than its certificate");
    }
    JsonNode key = json.get("privateKey");
    if (withKey != (key != null)) {
      throw new IllegalStateException(file + (withKey ? ": the bundle has no private key" : ": the bundle holds a private key"));
    }
    if (key != null && !keyMatches(key, cert)) {
      // The key's text and the decoder's message stay out of the exception: they may hold the secret.
      throw new IllegalStateException(file + ": the bundle's private key is not the certified key");
    }
    return cert;
  }

  private static boolean keyMatches(JsonNode key, DeviceCertificate cert) {
    if (!key.isTextual()) {
      return false;
    }
    try {
      return SigningKey.fromPkcs8Pem(key.textValue()).publicKey().equals(cert.publicKey());
    } catch (DecodingException e) {
      return false;
    }
  }

  private static String bundleJson(Issued issued) throws IOException {
    DeviceCertificate cert = issued.certificate();
    ObjectNode d = JSON.createObjectNode();
    d.put("deviceId", cert.deviceId().toString());
    d.put("keyType", JsonFields.keyTypeName(cert.publicKey().keyType()));
    d.put("publicKey", Hex.encode(cert.publicKey().toRaw()));
    d.put("makerId", cert.makerId().toString());
    d.put("serial", cert.serialNumber().toHex());
    d.put("notBefore", cert.notBefore().toString());
    d.put("notAfter", cert.notAfter().toString());
    d.put("certificate", cert.toPem());
    SigningKey key = issued.key();
    if (key != null) {
      d.put("privateKey", key.exportPkcs8Pem(SecretAccess.EXPORT));
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d) + "\n";
  }

  private static boolean isRequestFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && (name.endsWith(".pem") || name.endsWith(".csr"));
  }

  private static DeviceCsr readCsr(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String text = new String(content, StandardCharsets.US_ASCII);
    if (text.stripLeading().startsWith("-----BEGIN")) {
      return DeviceCsr.fromPem(text);
    }
    return DeviceCsr.fromDer(content);
  }

  /** One step that makes a device certificate, and the key when it made one. */
  @FunctionalInterface
  private interface IssueStep {
    Issued issue() throws CryptoException;
  }

  private record Issued(DeviceCertificate certificate, @Nullable SigningKey key) {}

  private record Slot(ManifestEntry entry, boolean created) {}

  /**
   * Configures a {@link Provisioner}.
   *
   * {@snippet :
   * Provisioner p = Provisioner.builder().maker(authority).outputDirectory(dir).parallelism(2).build();
   * }
   */
  public static final class Builder {
    private @Nullable MakerAuthority maker;
    private @Nullable Path out;
    private Duration validity = Duration.ofDays(3650);
    private Clock clock = Clock.systemUTC();
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private Runnable progress = () -> {};

    private Builder() {}

    /**
     * Sets the maker that issues the certificates.
     *
     * @param maker the maker authority
     * @return this builder
     */
    public Builder maker(MakerAuthority maker) {
      this.maker = Objects.requireNonNull(maker, "maker");
      return this;
    }

    /**
     * Sets the directory that receives the bundles and the manifest; created if missing.
     *
     * @param out the directory
     * @return this builder
     */
    public Builder outputDirectory(Path out) {
      this.out = Objects.requireNonNull(out, "out");
      return this;
    }

    /**
     * Sets the clock that kept bundles are re-checked against on a rerun; the system clock (UTC)
     * unless set.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the device certificates' validity; 3650 days unless set.
     *
     * @param validity at least one second
     * @return this builder
     */
    public Builder validity(Duration validity) {
      if (validity.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("validity must be at least one second");
      }
      this.validity = validity;
      return this;
    }

    /**
     * Sets how many devices are provisioned at once; the number of processors unless set.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1");
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * Sets a callback run once per device done (kept or created), from the worker threads.
     *
     * @param onDevice a thread-safe callback
     * @return this builder
     */
    public Builder progress(Runnable onDevice) {
      this.progress = Objects.requireNonNull(onDevice, "onDevice");
      return this;
    }

    /** {@return the provisioner} */
    public Provisioner build() {
      return new Provisioner(this);
    }
  }
}
