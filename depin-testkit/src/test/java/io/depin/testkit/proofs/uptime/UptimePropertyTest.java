package io.depin.testkit.proofs.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.uptime.Heartbeat;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.HeartbeatSigner;
import io.depin.proofs.uptime.UptimeCounter;
import io.depin.proofs.uptime.UptimeReport;
import io.depin.proofs.uptime.UptimeRules;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class UptimePropertyTest {
  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  /** One-minute buckets, so many buckets fit in the verifier's five-minute freshness window. */
  private static final RuleBook<UptimeRules> RULES =
      RuleBook.startingAt(GENESIS, new UptimeRules(Duration.ofMinutes(1), 3));
  private static final HeartbeatKind KIND = new HeartbeatKind(RULES);
  private static final SimulatedFleet FLEET = SimulatedFleet.create(11, GENESIS);
  private static final List<byte[]> WIRES = new ArrayList<>();
  private static final List<VerifiedProof<Heartbeat>> VERIFIED = new ArrayList<>();
  private static final EpochClock EPOCHS =
      EpochClock.of(FLEET.clock(), GENESIS, Duration.ofHours(1));

  static {
    try {
      ProofVerifier verifier = FLEET.verifier().kind(KIND).build();
      for (int d = 0; d < 3; d++) {
        SimulatedFleet.Device device = FLEET.onboard();
        HeartbeatSigner signer =
            HeartbeatSigner.create(KIND,
                DeviceSigner.create(device.id(), device.key(), FLEET.clock(), 0));
        FLEET.clock().set(GENESIS.plusSeconds(10L * d));
        for (int beat = 0; beat < 4; beat++) {
          byte[] wire = signer.beat().toBytes();
          WIRES.add(wire);
          VERIFIED.add(
              ((Verdict.Accepted) verifier.verify(wire)).proof().as(KIND).orElseThrow());
          FLEET.clock().advance(Duration.ofSeconds(40));
        }
      }
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A member of a heartbeat's wire form a cheating device or relay can change. */
  enum Field {
    BUCKET, OPERATIONAL, DEVICE, SEQUENCE, TIMESTAMP, SIGNATURE, SIGNER, TYPE
  }

  @Property(tries = 200)
  void verify_anyTamperedField_rejected(
      @ForAll Field field, @ForAll @IntRange(min = 0, max = 11) int which,
      @ForAll @IntRange(min = 1, max = 100) int delta) {
    byte[] wire = WIRES.get(which);
    JsonNode root = CanonicalJson.parse(wire);
    ObjectNode top = (ObjectNode) root;
    ObjectNode header = (ObjectNode) root.get("payload");
    ObjectNode body = (ObjectNode) header.get("body");
    switch (field) {
      case BUCKET -> body.put("bucket", body.get("bucket").longValue() + delta);
      case OPERATIONAL -> body.put("operational", false);
      case DEVICE -> header.put("device", flip(header.get("device").textValue(), delta));
      case SEQUENCE -> header.put("sequence", header.get("sequence").longValue() + delta);
      case TIMESTAMP -> header.put("timestamp", header.get("timestamp").longValue() - delta);
      case SIGNATURE -> top.put("signature", flip(top.get("signature").textValue(), delta));
      case SIGNER -> ((ObjectNode) top.get("signer"))
          .put("publicKey", flip(top.get("signer").get("publicKey").textValue(), delta));
      case TYPE -> top.put("type", "io.depin.proofs.uptime.heartbeat/v2");
    }
    ProofVerifier fresh = FLEET.verifier().kind(KIND).build();
    assertThat(fresh.verify(CanonicalJson.canonicalize(root))).isInstanceOf(Verdict.Rejected.class);
    assertThat(fresh.verify(wire)).isInstanceOf(Verdict.Accepted.class);
  }

  @Property(tries = 100)
  void verify_replaysInAnyOrder_eachHeartbeatAcceptedAtMostOnce(@ForAll Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < WIRES.size(); i++) {
      for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
        order.add(i);
      }
    }
    Collections.shuffle(order, random);
    ProofVerifier fresh = FLEET.verifier().kind(KIND).build();
    Set<Integer> accepted = new HashSet<>();
    List<VerifiedProof<Heartbeat>> verified = new ArrayList<>();
    for (int i : order) {
      if (fresh.verify(WIRES.get(i)) instanceof Verdict.Accepted a) {
        assertThat(accepted.add(i)).as("heartbeat %d accepted twice", i).isTrue();
        verified.add(a.proof().as(KIND).orElseThrow());
      }
    }
    UptimeReport fromReplays = new UptimeCounter(RULES, EPOCHS).count(Epoch.FIRST, verified);
    UptimeReport honest = new UptimeCounter(RULES, EPOCHS).count(Epoch.FIRST, VERIFIED);
    fromReplays.bucketCounts().forEach(
        (id, n) -> assertThat(n).isLessThanOrEqualTo(honest.bucketCounts().get(id)));
  }

  @Property(tries = 100)
  void count_anyOrderWithDuplicates_sameReport(@ForAll Random random) {
    List<VerifiedProof<Heartbeat>> shuffled = new ArrayList<>(VERIFIED);
    for (int i = random.nextInt(10); i > 0; i--) {
      shuffled.add(VERIFIED.get(random.nextInt(VERIFIED.size())));
    }
    Collections.shuffle(shuffled, random);
    UptimeCounter counter = new UptimeCounter(RULES, EPOCHS);
    UptimeReport base = counter.count(Epoch.FIRST, VERIFIED);
    UptimeReport report = counter.count(Epoch.FIRST, shuffled);
    assertThat(report.bucketCounts()).isEqualTo(base.bucketCounts());
    assertThat(report.qualifying()).isEqualTo(base.qualifying());
    report.devices().forEach(
        (id, uptime) -> assertThat(uptime.buckets()).isEqualTo(base.devices().get(id).buckets()));
    assertThat(base.qualifying()).hasSize(3);
  }

  private static String flip(String hex, int index) {
    int at = 2 + Math.floorMod(index, hex.length() - 2);
    int digit = Character.digit(hex.charAt(at), 16) ^ 1;
    return hex.substring(0, at) + Character.forDigit(digit, 16) + hex.substring(at + 1);
  }
}
