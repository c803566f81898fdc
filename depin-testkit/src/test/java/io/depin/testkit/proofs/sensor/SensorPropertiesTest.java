package io.depin.testkit.proofs.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.CanonicalJson;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.sensor.ReadingChain;
import io.depin.proofs.sensor.ReadingChains;
import io.depin.proofs.sensor.SensorChain;
import io.depin.proofs.sensor.SensorReading;
import io.depin.testkit.proofs.SimulatedFleet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SensorPropertiesTest {
  private static final List<String> MEMBERS = List.of(
      "sensorId", "sensorType", "index", "value", "unit", "previousHash", "timestampMillis");

  @Property(tries = 70)
  void tamperingWithAnyBodyField_isRejected(
      @ForAll @IntRange(min = 0, max = 6) int member,
      @ForAll @IntRange(min = 1, max = 1000) int delta) throws Exception {
    SimulatedFleet fleet = SimulatedFleet.create(delta, SensorPipelineTest.START);
    SimulatedFleet.Device device = fleet.onboard();
    ProofVerifier verifier = fleet.verifier().kind(SensorPipelineTest.READINGS).build();
    ReadingChain chain = new ReadingChain(SensorPipelineTest.READINGS, SensorPipelineTest.BATCHES,
        DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0));
    chain.link("t", "temperature", "Cel", BigDecimal.ONE, fleet.clock().instant());
    byte[] wire = chain.record("t", "temperature", "Cel", new BigDecimal("21.5"),
        fleet.clock().advance(Duration.ofSeconds(1))).toBytes();
    JsonNode root = CanonicalJson.parse(wire);
    ObjectNode body = (ObjectNode) root.get("payload").get("body");
    String name = MEMBERS.get(member);
    JsonNode old = body.get(name);
    if (old.isNumber()) {
      body.put(name, old.longValue() - delta);
    } else if (name.equals("previousHash")) {
      String hex = old.textValue();
      int at = 2 + delta % 64;
      char flipped = Character.forDigit(Character.digit(hex.charAt(at), 16) ^ 1, 16);
      body.put(name, hex.substring(0, at) + flipped + hex.substring(at + 1));
    } else {
      body.put(name, old.textValue() + delta);
    }
    Verdict tampered = verifier.verify(CanonicalJson.canonicalize(root));
    assertThat(tampered).isInstanceOf(Verdict.Rejected.class);
    assertThat(((Verdict.Rejected) tampered).code()).isIn("BAD_SIGNATURE", "MALFORMED");
    assertThat(verifier.verify(wire)).isInstanceOf(Verdict.Accepted.class);
  }

  @Property(tries = 40)
  void replays_anyOrder_eachProofAcceptedAtMostOnce_andChainsAreOrderIndependent(
      @ForAll @IntRange(min = 1, max = 8) int count,
      @ForAll long shuffleSeed) throws Exception {
    SimulatedFleet fleet = SimulatedFleet.create(count, SensorPipelineTest.START);
    SimulatedFleet.Device device = fleet.onboard();
    ProofVerifier verifier = fleet.verifier().kind(SensorPipelineTest.READINGS).build();
    ReadingChain chain = new ReadingChain(SensorPipelineTest.READINGS, SensorPipelineTest.BATCHES,
        DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0));
    List<byte[]> wires = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] wire = chain.record("t", "temperature", "Cel", BigDecimal.valueOf(20 + i),
          fleet.clock().advance(Duration.ofSeconds(5))).toBytes();
      wires.add(wire);
      wires.add(wire);
    }
    Collections.shuffle(wires, new Random(shuffleSeed));
    Set<String> seen = new HashSet<>();
    List<VerifiedProof<SensorReading>> accepted = new ArrayList<>();
    for (byte[] wire : wires) {
      boolean first = seen.add(HexFormat.of().formatHex(wire));
      Verdict verdict = verifier.verify(wire);
      if (!first) {
        assertThat(((Verdict.Rejected) verdict).code()).isEqualTo("REPLAYED");
      } else if (verdict instanceof Verdict.Accepted a) {
        accepted.add(SensorPipelineTest.accepted(a));
      }
    }
    assertThat(accepted).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(count).isNotEmpty();
    ReadingChains chains = new ReadingChains(SensorPipelineTest.RULES);
    List<SensorChain> forward = chains.evaluate(accepted);
    List<VerifiedProof<SensorReading>> shuffled = new ArrayList<>(accepted);
    Collections.shuffle(shuffled, new Random(~shuffleSeed));
    shuffled.addAll(accepted);
    assertThat(chains.evaluate(shuffled)).isEqualTo(forward);
    assertThat(forward.get(0).counted()).hasSameSizeAs(accepted);
  }
}
