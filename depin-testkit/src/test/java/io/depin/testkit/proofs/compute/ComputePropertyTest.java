package io.depin.testkit.proofs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.compute.AgreementEvaluator;
import io.depin.proofs.compute.ComputeKind;
import io.depin.proofs.compute.ComputeResult;
import io.depin.proofs.compute.ComputeResultSigner;
import io.depin.proofs.compute.ComputeRules;
import io.depin.proofs.compute.ProviderOutcome;
import io.depin.proofs.compute.TaskAssignment;
import io.depin.proofs.compute.TaskOutcome;
import io.depin.testkit.proofs.SimulatedFleet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ComputePropertyTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final RuleBook<ComputeRules> RULES = RuleBook.startingAt(START, ComputeRules.MAJORITY);
  private static final ComputeKind KIND = new ComputeKind(RULES);
  private static final SimulatedFleet FLEET = SimulatedFleet.create(13, START);
  private static final Hash32 TASK = HashAlgorithm.SHA_256.hash32("t".getBytes(StandardCharsets.UTF_8));
  private static final Hash32 INPUT = HashAlgorithm.SHA_256.hash32("i".getBytes(StandardCharsets.UTF_8));
  private static final List<byte[]> WIRES = new ArrayList<>();
  private static final List<VerifiedProof<ComputeResult>> VERIFIED = new ArrayList<>();
  private static final List<DeviceId> PROVIDERS = new ArrayList<>();

  static {
    try {
      ProofVerifier verifier = FLEET.verifier().kind(KIND).build();
      for (int p = 0; p < 5; p++) {
        SimulatedFleet.Device d = FLEET.onboard();
        PROVIDERS.add(d.id());
        ComputeResultSigner worker = ComputeResultSigner.create(KIND,
            DeviceSigner.create(d.id(), d.key(), FLEET.clock(), 0));
        Bytes output = Bytes.of(new byte[] {(byte) (p == 4 ? 1 : 0)});
        byte[] wire = worker.sign(TASK, INPUT, output, Duration.ofSeconds(p)).toBytes();
        WIRES.add(wire);
        VERIFIED.add(((Verdict.Accepted) verifier.verify(wire)).proof().as(KIND).orElseThrow());
      }
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A member of a compute result a cheating provider or relay can change. */
  enum Field {
    TASK, INPUT, RESULT, RUNTIME, DEVICE, SEQUENCE, TIMESTAMP, SIGNATURE
  }

  @Property(tries = 200)
  void verify_anyTamperedField_rejected(
      @ForAll Field field, @ForAll @IntRange(min = 0, max = 4) int which,
      @ForAll @IntRange(min = 1, max = 1_000) int delta) {
    byte[] wire = WIRES.get(which);
    JsonNode root = CanonicalJson.parse(wire);
    ObjectNode header = (ObjectNode) root.get("payload");
    ObjectNode body = (ObjectNode) header.get("body");
    switch (field) {
      case TASK, INPUT, RESULT -> {
        String member = field.name().toLowerCase(Locale.ROOT);
        body.put(member, flip(body.get(member).textValue(), delta));
      }
      case RUNTIME -> body.put("runtimeMillis", body.get("runtimeMillis").longValue() + delta);
      case DEVICE -> header.put("device", flip(header.get("device").textValue(), delta));
      case SEQUENCE -> header.put("sequence", header.get("sequence").longValue() + delta);
      case TIMESTAMP -> header.put("timestamp", header.get("timestamp").longValue() + delta);
      case SIGNATURE -> ((ObjectNode) root).put("signature", flip(root.get("signature").textValue(), delta));
    }
    ProofVerifier fresh = FLEET.verifier().kind(KIND).build();
    assertThat(fresh.verify(CanonicalJson.canonicalize(root))).isInstanceOf(Verdict.Rejected.class);
    assertThat(fresh.verify(wire)).isInstanceOf(Verdict.Accepted.class);
  }

  @Property(tries = 100)
  void evaluate_anyOrderWithDuplicates_sameOutcome(@ForAll Random random) {
    List<VerifiedProof<ComputeResult>> shuffled = new ArrayList<>(VERIFIED);
    for (int i = random.nextInt(8); i > 0; i--) {
      shuffled.add(VERIFIED.get(random.nextInt(VERIFIED.size())));
    }
    Collections.shuffle(shuffled, random);
    TaskAssignment assignment = TaskAssignment.of(TASK, INPUT, PROVIDERS, START);
    AgreementEvaluator evaluator = new AgreementEvaluator(RULES);
    TaskOutcome base = evaluator.evaluate(assignment, VERIFIED);
    assertThat(evaluator.evaluate(assignment, shuffled)).isEqualTo(base);
    assertThat(base.providersWith(ProviderOutcome.DISSENTED)).containsExactly(PROVIDERS.get(4));
    assertThat(base.providersWith(ProviderOutcome.AGREED)).hasSize(4);
  }

  private static String flip(String hex, int index) {
    int at = 2 + Math.floorMod(index, hex.length() - 2);
    int digit = Character.digit(hex.charAt(at), 16) ^ 1;
    return hex.substring(0, at) + Character.forDigit(digit, 16) + hex.substring(at + 1);
  }
}
