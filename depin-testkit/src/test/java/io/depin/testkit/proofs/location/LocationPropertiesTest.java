package io.depin.testkit.proofs.location;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.geo.GeoPoint;
import io.depin.core.json.CanonicalJson;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.location.DeviceTrack;
import io.depin.proofs.location.LocationClaim;
import io.depin.proofs.location.LocationSigner;
import io.depin.proofs.location.LocationTrack;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import io.depin.devices.DeviceId;

class LocationPropertiesTest {
  @Property(tries = 60)
  void tamperingWithAnyBodyField_isRejected(
      @ForAll @IntRange(min = 0, max = 2) int member,
      @ForAll @IntRange(min = 1, max = 1000) int delta) throws Exception {
    SimulatedFleet fleet = SimulatedFleet.create(delta, LocationPipelineTest.START);
    SimulatedFleet.Device device = fleet.onboard();
    ProofVerifier verifier = fleet.verifier().kind(LocationPipelineTest.CLAIMS).build();
    LocationSigner signer = new LocationSigner(LocationPipelineTest.CLAIMS,
        LocationPipelineTest.RANGING,
        DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0));
    byte[] wire = signer.claim(GeoPoint.of(10, 20), 30, fleet.clock().instant()).toBytes();
    JsonNode root = CanonicalJson.parse(wire);
    ObjectNode body = (ObjectNode) root.get("payload").get("body");
    String name = List.of("latitude", "longitude", "accuracyMeters").get(member);
    body.put(name, body.get(name).doubleValue() + delta / 1000.0);
    Verdict tampered = verifier.verify(CanonicalJson.canonicalize(root));
    assertThat(tampered).isInstanceOf(Verdict.Rejected.class);
    assertThat(((Verdict.Rejected) tampered).code()).isIn("BAD_SIGNATURE", "MALFORMED");
    assertThat(verifier.verify(wire)).isInstanceOf(Verdict.Accepted.class);
  }

  @Property(tries = 40)
  void replays_anyOrder_eachProofAcceptedAtMostOnce_andTrackIsOrderIndependent(
      @ForAll @IntRange(min = 1, max = 8) int count,
      @ForAll long shuffleSeed) throws Exception {
    SimulatedFleet fleet = SimulatedFleet.create(count, LocationPipelineTest.START);
    SimulatedFleet.Device device = fleet.onboard();
    ProofVerifier verifier = fleet.verifier().kind(LocationPipelineTest.CLAIMS).build();
    LocationSigner signer = new LocationSigner(LocationPipelineTest.CLAIMS,
        LocationPipelineTest.RANGING,
        DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0));
    List<byte[]> wires = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] wire = signer.claim(GeoPoint.of(10 + i * 1e-4, 20), 10,
          fleet.clock().advance(Duration.ofSeconds(5))).toBytes();
      wires.add(wire);
      wires.add(wire);
    }
    java.util.Collections.shuffle(wires, new Random(shuffleSeed));
    Set<String> seen = new HashSet<>();
    List<VerifiedProof<LocationClaim>> accepted = new ArrayList<>();
    for (byte[] wire : wires) {
      boolean first = seen.add(java.util.HexFormat.of().formatHex(wire));
      Verdict verdict = verifier.verify(wire);
      if (!first) {
        assertThat(((Verdict.Rejected) verdict).code()).isEqualTo("REPLAYED");
      } else if (verdict instanceof Verdict.Accepted a) {
        accepted.add(LocationPipelineTest.accepted(a));
      }
    }
    assertThat(accepted).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(count).isNotEmpty();
    LocationTrack track = new LocationTrack(LocationPipelineTest.RULES);
    Map<DeviceId, GeoPoint> home = Map.of(device.id(), GeoPoint.of(10, 20));
    SortedMap<DeviceId, DeviceTrack> forward = track.evaluate(accepted, home);
    List<VerifiedProof<LocationClaim>> reversed = new ArrayList<>(accepted);
    java.util.Collections.reverse(reversed);
    reversed.addAll(accepted);
    assertThat(track.evaluate(reversed, home)).isEqualTo(forward);
  }
}
