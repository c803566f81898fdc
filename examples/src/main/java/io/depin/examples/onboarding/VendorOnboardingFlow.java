package io.depin.examples.onboarding;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.core.hash.HashAlgorithm;
import io.depin.devices.DeviceId;
import io.depin.devices.attestation.AttestationChallenge;
import io.depin.devices.attestation.AttestationException;
import io.depin.devices.attestation.AttestationResponse;
import io.depin.devices.attestation.AttestationVerifier;
import io.depin.devices.attestation.VerifiedAttestation;
import io.depin.devices.cert.Certificate;
import io.depin.devices.cert.DeviceCertificate;
import io.depin.devices.cert.DeviceCsr;
import io.depin.devices.cert.MakerAuthority;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingClaim;
import io.depin.devices.onboarding.OnboardingException;
import io.depin.devices.onboarding.OnboardingRequest;
import io.depin.devices.onboarding.OnboardingVerifier;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.InMemoryDeviceRegistry;
import io.depin.devices.registry.RegistryException;
import io.depin.testkit.FakeClock;
import io.depin.testkit.random.DeterministicRandom;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A device's way from the factory line into a network, as a hardware vendor sees it.
 *
 * <ol>
 *   <li><b>Factory.</b> The vendor runs a {@link MakerAuthority} (its CA). Each device makes its
 *       key where it stays (a secure element; here a {@link SigningKey}) and hands the line only a
 *       PKCS#10 request ({@link DeviceCsr}, as PEM). The line certifies the request and writes the
 *       certificate (PEM) back into the device. The private key never leaves the device.
 *   <li><b>Attestation.</b> In the field the network challenges the device ({@link
 *       AttestationVerifier}); the device signs the challenge with the hash of its running firmware
 *       and sends its certificate; the network checks the signature, freshness, the nonce (once
 *       only) and the certificate chain to the vendor's CA certificate.
 *   <li><b>Activation.</b> The buyer activates the device: device, vendor and owner sign one
 *       {@link OnboardingClaim}, the {@link OnboardingVerifier} checks it and the {@link
 *       InMemoryDeviceRegistry} records the device and its owner.
 *   <li><b>What is refused.</b> A counterfeit device, certified by a look-alike CA of the same
 *       name, fails attestation ({@code CERTIFICATE_INVALID}, because of {@code WRONG_ISSUER}); a
 *       captured attestation sent again is {@code REPLAYED}; activating a device a second time is
 *       {@code ALREADY_ONBOARDED}.
 * </ol>
 *
 * <p>The clock is a {@link FakeClock} and keys, serials and nonces come from a {@link
 * DeterministicRandom}: a seed gives the same device ids and certificates on every run. Run it
 * (see {@code examples/README.md}):
 *
 * {@snippet lang=shell :
 * java -cp examples/target/examples.jar io.depin.examples.onboarding.VendorOnboardingFlow 42
 * }
 *
 * or from Java:
 *
 * {@snippet :
 * VendorOnboardingFlow.Result line = VendorOnboardingFlow.run(42, System.out);
 * line.onboarded();   // the devices the network accepted, with their owners
 * }
 */
public final class VendorOnboardingFlow {
  /** The seed used when none is given on the command line. */
  public static final long DEFAULT_SEED = 42;

  /** How many genuine devices come off the line. */
  public static final int DEVICES = 3;

  /** The firmware every genuine device runs. */
  public static final Hash32 FIRMWARE =
      HashAlgorithm.SHA_256.hash32("acme-sensor firmware 1.2.0".getBytes(StandardCharsets.UTF_8));

  static final Instant FACTORY_DAY = Instant.parse("2026-03-02T08:00:00Z");
  static final NetworkId NETWORK = NetworkId.of("io.example.sensors");

  private VendorOnboardingFlow() {}

  /**
   * Runs the flow with the seed given as the first argument, or {@link #DEFAULT_SEED}.
   *
   * @param args an optional seed
   * @throws Exception if a step the example does not expect to fail fails
   */
  public static void main(String[] args) throws Exception {
    run(args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_SEED, System.out);
  }

  /**
   * Runs the flow and prints what happens.
   *
   * @param seed the seed of every key, serial number and nonce
   * @param out where the report goes
   * @return what the flow produced, for checking
   * @throws CryptoException if a key fails to sign
   * @throws AttestationException if a genuine device fails attestation
   * @throws OnboardingException if a genuine device's first activation is refused
   * @throws RegistryException if the registry refuses the vendor or a device
   */
  public static Result run(long seed, PrintStream out)
      throws CryptoException, AttestationException, OnboardingException, RegistryException {
    DeterministicRandom random = DeterministicRandom.ofSeed(seed);
    SecureRandom keys = random.asSecureRandom();
    FakeClock clock = FakeClock.at(FACTORY_DAY);
    out.println("Vendor onboarding flow, seed " + seed);

    // 1. The factory line: CSR in, certificate out.
    SigningKey vendorKey = SigningKey.generate(KeyType.P256, keys);
    MakerAuthority vendor =
        MakerAuthority.create(vendorKey, "Acme Sensors", Duration.ofDays(3650), clock, keys);
    out.println("vendor CA: " + vendor.caCertificate().subject() + ", maker id "
        + vendor.makerId());
    List<Device> devices = new ArrayList<>();
    for (int i = 0; i < DEVICES; i++) {
      SigningKey secureElement = SigningKey.generate(KeyType.P256, keys);  // stays on the device
      String csrPem = DeviceCsr.create(secureElement).toPem();            // device -> line
      DeviceCertificate issued = vendor.issue(DeviceCsr.fromPem(csrPem), Duration.ofDays(3650));
      String certPem = issued.toPem();                                    // line -> device
      devices.add(new Device(issued.deviceId(), secureElement, Certificate.fromPem(certPem)));
      out.println("  certified " + issued.deviceId() + " serial " + issued.serialNumber().toHex()
          + ", " + issued.identity().didKey());
    }
    // A counterfeit: a look-alike CA with the vendor's name but another key.
    MakerAuthority lookAlike = MakerAuthority.create(SigningKey.generate(KeyType.P256, keys),
        "Acme Sensors", Duration.ofDays(3650), clock, keys);
    SigningKey fakeKey = SigningKey.generate(KeyType.P256, keys);
    DeviceCertificate fakeCert = lookAlike.issue(DeviceCsr.create(fakeKey), Duration.ofDays(3650));
    Device counterfeit = new Device(fakeCert.deviceId(), fakeKey, fakeCert.certificate());

    // 2. Weeks later, in the field: the network attests every device it hears from.
    clock.advance(Duration.ofDays(30));
    // the vendor publishes its CA certificate; the network pins it
    Certificate trustedCa = Certificate.fromPem(vendor.caCertificate().toPem());
    AttestationVerifier attestation = AttestationVerifier.create(
        clock, random.derive("network").asSecureRandom(), Duration.ofMinutes(5),
        Duration.ofSeconds(30));
    Map<String, String> refused = new TreeMap<>();
    List<VerifiedAttestation> attested = new ArrayList<>();
    List<Device> all = new ArrayList<>(devices);
    all.add(counterfeit);
    byte[] firstAnswer = new byte[0];
    for (Device d : all) {
      AttestationChallenge challenge = attestation.issueChallenge();   // network -> device
      byte[] answer = d.answer(challenge, clock);                       // device -> network
      if (d.equals(devices.getFirst())) {
        firstAnswer = answer;
      }
      try {
        VerifiedAttestation ok =
            attestation.verify(AttestationResponse.fromBytes(answer), trustedCa);
        attested.add(ok);
        out.println("  attested " + ok.deviceId() + " running firmware " + ok.firmwareHash());
      } catch (AttestationException e) {
        if (!d.equals(counterfeit)) {
          throw e;
        }
        String reason = e.reason() + e.certificateReason().map(r -> "/" + r).orElse("");
        refused.put("counterfeit " + d.id(), reason);
        out.println("  refused " + d.id() + ": " + reason);
      }
    }
    try {
      // someone captured the first device's answer and sends it again
      attestation.verify(AttestationResponse.fromBytes(firstAnswer), trustedCa);
      throw new IllegalStateException("a replayed attestation was accepted");
    } catch (AttestationException e) {
      refused.put("replayed attestation", e.reason().name());
      out.println("  refused a replayed attestation: " + e.reason());
    }

    // 3. Activation by the buyers: device, vendor and owner sign; the network records it.
    InMemoryDeviceRegistry registry = new InMemoryDeviceRegistry();
    registry.registerMaker(vendor.publicKey());
    OnboardingVerifier onboarding = OnboardingVerifier.builder()
        .clock(clock).network(NETWORK).freshnessWindow(Duration.ofMinutes(5)).state(registry)
        .build();
    Map<DeviceId, DeviceState> onboarded = new LinkedHashMap<>();
    for (VerifiedAttestation ok : attested) {
      Device d = devices.stream()
          .filter(x -> x.id().equals(ok.deviceId())).findFirst().orElseThrow();
      SigningKey owner = SigningKey.generate(KeyType.SECP256K1, keys);
      DeviceState state = registry.recordOnboarding(
          onboarding.verify(activation(d, vendorKey, owner, clock, random)));
      onboarded.put(state.identity().id(), state);
      out.println("  activated " + state.identity().id() + " for owner "
          + EthAddress.fromPublicKey(state.owner()).toChecksumHex());
    }
    Device first = devices.getFirst();
    try {
      onboarding.verify(activation(first, vendorKey, SigningKey.generate(KeyType.SECP256K1, keys),
          clock, random));
      throw new IllegalStateException("a second activation was accepted");
    } catch (OnboardingException e) {
      refused.put("second activation " + first.id(), e.reason().name());
      out.println("  refused a second activation of " + first.id() + ": " + e.reason());
    }
    return new Result(devices.size(), attested.size(), onboarded, refused);
  }

  /** The activation request, as JSON bytes on the wire. */
  private static byte[] activation(Device d, SigningKey vendorKey, SigningKey owner,
      FakeClock clock, DeterministicRandom random) throws CryptoException {
    byte[] nonce = new byte[32];
    random.nextBytes(nonce);
    OnboardingClaim claim = new OnboardingClaim(NETWORK, d.key().publicKey(),
        vendorKey.publicKey(), owner.publicKey(), Bytes.of(nonce), clock.instant());
    // in practice each party signs on its own side: the device, the vendor's service, the
    // owner's wallet
    return OnboardingRequest.sign(claim, d.key(), vendorKey, owner).toJsonBytes();
  }

  /** A device: its id, the key in its secure element and the certificate written at the factory. */
  private record Device(DeviceId id, SigningKey key, Certificate certificate) {
    byte[] answer(AttestationChallenge challenge, FakeClock clock) throws CryptoException {
      return AttestationResponse.create(challenge, id, FIRMWARE, clock.instant(), key, certificate)
          .toBytes();
    }
  }

  /**
   * What one run of the flow produced.
   *
   * @param certified how many genuine devices the factory certified
   * @param attested how many devices passed attestation
   * @param onboarded the activated devices' registry states, by device id, in activation order
   * @param refused what the network refused, and the reason
   */
  public record Result(
      int certified,
      int attested,
      Map<DeviceId, DeviceState> onboarded,
      Map<String, String> refused) {
    /** Copies the maps. */
    public Result {
      onboarded = Collections.unmodifiableMap(new LinkedHashMap<>(onboarded));
      refused = Collections.unmodifiableSortedMap(new TreeMap<>(refused));
    }
  }
}
