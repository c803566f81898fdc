package io.depin.testkit.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.bytes.Bytes;
import io.depin.core.json.JsonFields;
import io.depin.proofs.BatchResult;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.Verdict;
import io.depin.testkit.proofs.Fleet.Device;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProofVerifierPropertyTest {
  /** One registry for all tries: the properties never change it; each try gets fresh guards. */
  private static final Fleet FLEET;
  private static final List<Device> DEVICES = new ArrayList<>();

  static {
    try {
      FLEET = new Fleet(42);
      for (int i = 0; i < 3; i++) {
        DEVICES.add(FLEET.onboard());
      }
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A field of the wire form an attacker can change. */
  enum Field {
    TYPE, SIGNER, SIGNER_BITS, SIGNATURE, DEVICE, SEQUENCE, TIMESTAMP, COUNTER, NONCE
  }

  @Property(tries = 200)
  void verify_anyTamperedField_rejectedAndOriginalStillAccepted(
      @ForAll Field field,
      @ForAll @IntRange(min = 1, max = 1_000) int delta,
      @ForAll @IntRange(min = 0, max = 127) int digit)
      throws Exception {
    Device device = DEVICES.get(0);
    Instant now = FLEET.clock.instant();
    ReplayToken token = field == Field.NONCE
        ? ReplayToken.nonce(Bytes.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
        : ReplayToken.sequence(delta);
    byte[] wire = device.ping(3, token, now).toBytes();
    byte[] tampered = tamper(wire, field, delta, digit);
    ProofVerifier verifier = FLEET.verifier();

    assertThat(verifier.verify(tampered)).isInstanceOf(Verdict.Rejected.class);
    assertThat(verifier.verify(wire)).isInstanceOf(Verdict.Accepted.class);
  }

  @Property(tries = 100)
  void verify_anyOrderWithDuplicates_eachProofAcceptedAtMostOnce(
      @ForAll Random random, @ForAll @IntRange(min = 1, max = 12) int count) throws Exception {
    Instant now = FLEET.clock.instant();
    List<byte[]> distinct = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Device device = DEVICES.get(i % DEVICES.size());
      ReplayToken token = i % 2 == 0
          ? ReplayToken.sequence(i)
          : ReplayToken.nonce(Bytes.of(new byte[] {(byte) i}));
      distinct.add(device.ping(i, token, now).toBytes());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
        order.add(i);
      }
    }
    Collections.shuffle(order, random);
    ProofVerifier verifier = FLEET.verifier();

    Map<Integer, Integer> accepted = new HashMap<>();
    for (int i : order) {
      if (verifier.verify(distinct.get(i)) instanceof Verdict.Accepted) {
        accepted.merge(i, 1, Integer::sum);
      }
    }

    assertThat(accepted.values()).allMatch(n -> n == 1);
    for (int i = 1; i < count; i += 2) {
      assertThat(accepted).as("nonce proof %d", i).containsKey(i);
    }
  }

  @Property(tries = 50)
  void verifyAll_anyBatch_equalsOneByOneInInputOrder(
      @ForAll Random random, @ForAll @IntRange(min = 0, max = 20) int size) throws Exception {
    Instant now = FLEET.clock.instant();
    List<byte[]> wires = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Device device = DEVICES.get(random.nextInt(DEVICES.size()));
      byte[] wire = switch (random.nextInt(5)) {
        case 0 -> device.ping(random.nextInt(200), ReplayToken.sequence(random.nextInt(10)), now)
            .toBytes();
        case 1 -> device.ping(1, ReplayToken.nonce(Bytes.of(new byte[] {(byte) random.nextInt(4)})),
            now).toBytes();
        case 2 -> device.ping(1, ReplayToken.sequence(i), now.minus(Fleet.MAX_AGE).minusSeconds(1))
            .toBytes();
        case 3 -> new byte[] {(byte) random.nextInt(256)};
        default -> wires.isEmpty() ? new byte[0] : wires.get(random.nextInt(wires.size()));
      };
      wires.add(wire);
    }

    ProofVerifier oneByOne = FLEET.verifier();
    List<Verdict> expected = new ArrayList<>();
    for (byte[] wire : wires) {
      expected.add(oneByOne.verify(wire));
    }
    BatchResult batch = FLEET.verifier().verifyAll(wires);

    assertThat(batch.verdicts()).containsExactlyElementsOf(expected);
    BatchResult counted = BatchResult.of(expected);
    assertThat(batch.accepted()).isEqualTo(counted.accepted());
    assertThat(batch.rejections()).isEqualTo(counted.rejections());
  }

  private static byte[] tamper(byte[] wire, Field field, int delta, int digit) {
    return switch (field) {
      case TYPE -> Tamper.envelope(wire, root -> root.put("type", "io.depin.test.ping/v" + (delta + 1)));
      case SIGNER -> Tamper.envelope(wire,
          root -> JsonFields.putKey(root, "signer", DEVICES.get(1 + delta % 2).key().publicKey()));
      case SIGNER_BITS -> Tamper.envelope(wire,
          root -> flip("publicKey", digit).accept((ObjectNode) root.get("signer")));
      case SIGNATURE -> Tamper.envelope(wire, flip("signature", digit));
      case DEVICE -> Tamper.header(wire,
          header -> header.put("device", DEVICES.get(1 + delta % 2).id().toString()));
      case SEQUENCE -> Tamper.header(wire,
          header -> header.put("sequence", header.get("sequence").longValue() + delta));
      case TIMESTAMP -> Tamper.header(wire,
          header -> header.put("timestamp", header.get("timestamp").longValue() - delta));
      case COUNTER -> Tamper.header(wire,
          header -> ((ObjectNode) header.get("body")).put("counter", 3 + delta));
      case NONCE -> Tamper.header(wire, flip("nonce", digit));
    };
  }

  private static Consumer<ObjectNode> flip(String member, int digit) {
    return node -> node.put(member, Tamper.flipHexDigit(node.get(member).textValue(), digit));
  }
}
