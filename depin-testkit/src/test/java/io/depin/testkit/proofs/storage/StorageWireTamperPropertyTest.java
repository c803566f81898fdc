package io.depin.testkit.proofs.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.CanonicalJson;
import io.depin.proofs.ProofEnvelope;
import io.depin.proofs.RejectionReason;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.Verdict;
import io.depin.testkit.proofs.storage.StorageNetwork.StorageDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Tampering with any field of a signed storage proof's body is rejected: by the signature when an
 * attacker edits the wire, and by decoding or the storage check when the device itself signs the
 * edited body.
 */
class StorageWireTamperPropertyTest {
  /** One network for all tries; every re-signed proof takes the next sequence number. */
  private static final StorageNetwork NET;
  private static final StorageDevice DEVICE;
  private static final ProofEnvelope HONEST;
  private static final AtomicLong SEQUENCE = new AtomicLong(1000);

  static {
    try {
      NET = new StorageNetwork(77);
      DEVICE = NET.new StorageDevice(16 * 1024);
      DEVICE.commit();
      HONEST = DEVICE.signer.signResponse(
          DEVICE.prover, NET.challenge(DEVICE.prover.sectorId()), NET.now()).envelope();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Property(tries = 60)
  void verify_anyBodyFieldEdited_isRejected(
      @ForAll @IntRange(min = 0, max = 1 << 20) int which,
      @ForAll @IntRange(min = 0, max = 1 << 20) int where) throws Exception {
    StorageNetwork net = NET;
    ProofEnvelope honest = HONEST;
    ObjectNode body = honest.body().deepCopy();
    List<Consumer<ObjectNode>> edits = new ArrayList<>();
    collectEdits(body, edits, where);
    edits.get(which % edits.size()).accept(body);
    assertThat((JsonNode) body).isNotEqualTo(honest.body());

    // an attacker edits the signed wire form
    ObjectNode wire = (ObjectNode) CanonicalJson.parse(honest.encode());
    ((ObjectNode) wire.get("payload")).set("body", body);
    assertThat(net.verifier.verify(CanonicalJson.canonicalize(wire)))
        .isInstanceOfSatisfying(Verdict.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE));

    // the device signs the edited body itself
    byte[] resigned = ProofEnvelope.sign(honest.kind(), honest.device(),
        ReplayToken.sequence(SEQUENCE.getAndIncrement()), honest.timestamp(), body, DEVICE.device.key())
        .encode();
    assertThat(net.verifier.verify(resigned)).isInstanceOfSatisfying(Verdict.Rejected.class,
        r -> assertThat(r.reason()).isIn(RejectionReason.MALFORMED, RejectionReason.KIND_REJECTED));
  }

  /** One edit per leaf: a changed character in a string, plus one in a number. */
  private static void collectEdits(JsonNode node, List<Consumer<ObjectNode>> edits, int where) {
    if (node instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> {
        JsonNode child = object.get(name);
        if (child.isValueNode()) {
          edits.add(root -> object.set(name, edited(child, where)));
        } else {
          collectEdits(child, edits, where);
        }
      });
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        int index = i;
        if (child.isValueNode()) {
          edits.add(root -> array.set(index, edited(child, where)));
        } else {
          collectEdits(child, edits, where);
        }
      }
    }
  }

  private static JsonNode edited(JsonNode value, int where) {
    if (value.isNumber()) {
      return JsonNodeFactory.instance.numberNode(value.longValue() + 1 + where % 5);
    }
    String text = value.textValue();
    int skip = text.startsWith("0x") ? 2 : 0;
    int at = skip + where % (text.length() - skip);
    char replacement = text.charAt(at) == 'a' ? 'b' : 'a';
    return JsonNodeFactory.instance.textNode(
        text.substring(0, at) + replacement + text.substring(at + 1));
  }
}
