package io.depin.proofs.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.proofs.CheckResult;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfProof;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Tampering with any field of an honest storage proof is rejected, even when the device signs the
 * tampered payload itself (so only the kind's check can catch it).
 */
class StorageTamperPropertiesTest {
  private static final StorageWorld WORLD = new StorageWorld(5);
  private static final long EPOCH = 3;
  private static final StorageProof HONEST = honest();

  enum Field { SECTOR, EPOCH, VRF_PROOF, INDEX, CHUNK, PATH_HASH, PATH_LENGTH, DROP, DUPLICATE }

  private static StorageProof honest() {
    try {
      return WORLD.honestProof(EPOCH);
    } catch (VrfException e) {
      throw new IllegalStateException(e);
    }
  }

  @Example
  void check_untampered_passes() {
    assertThat(WORLD.kind.check(HONEST, WORLD.contextIn(EPOCH))).isEqualTo(CheckResult.ok());
  }

  @Property(tries = 150)
  void check_anyFieldTampered_isRejected(
      @ForAll Field field, @ForAll @IntRange(min = 0, max = 1 << 20) int where,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    StorageProof tampered = tamper(HONEST, field, where, bit);
    assertThat(tampered).isNotEqualTo(HONEST);
    assertThat(WORLD.kind.check(tampered, WORLD.contextIn(EPOCH)))
        .isInstanceOf(CheckResult.Failed.class);
  }

  @Property(tries = 150)
  void decodeThenCheck_anyJsonStringCharacterChanged_isRejected(
      @ForAll @IntRange(min = 0, max = 1 << 20) int which,
      @ForAll @IntRange(min = 0, max = 1 << 20) int where) {
    ObjectNode json = (ObjectNode) WORLD.kind.encode(HONEST);
    List<TextNode> strings = new ArrayList<>();
    List<Consumer<String>> setters = new ArrayList<>();
    collect(json, strings, setters);
    int pick = which % strings.size();
    String text = strings.get(pick).textValue();
    int at = (text.startsWith("0x") ? 2 : 0) + where % (text.length() - (text.startsWith("0x") ? 2 : 0));
    char c = text.charAt(at);
    char replacement = c == 'a' ? 'b' : 'a';
    setters.get(pick).accept(text.substring(0, at) + replacement + text.substring(at + 1));
    StorageProof decoded;
    try {
      decoded = WORLD.kind.decode(json);
    } catch (DecodingException rejected) {
      return;
    }
    assertThat(WORLD.kind.check(decoded, WORLD.contextIn(EPOCH)))
        .isInstanceOf(CheckResult.Failed.class);
  }

  private static void collect(JsonNode node, List<TextNode> strings, List<Consumer<String>> setters) {
    if (node instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> {
        JsonNode child = object.get(name);
        if (child.isTextual()) {
          strings.add((TextNode) child);
          setters.add(value -> object.put(name, value));
        } else {
          collect(child, strings, setters);
        }
      });
    } else if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        int index = i;
        if (child.isTextual()) {
          strings.add((TextNode) child);
          setters.add(value -> array.set(index, TextNode.valueOf(value)));
        } else {
          collect(child, strings, setters);
        }
      }
    }
  }

  private static StorageProof tamper(StorageProof proof, Field field, int where, int bit) {
    StorageChallenge c = proof.challenge();
    List<ChunkResponse> responses = new ArrayList<>(proof.responses());
    int j = where % responses.size();
    ChunkResponse r = responses.get(j);
    int n = WORLD.prover.commitment().chunkCount();
    switch (field) {
      case SECTOR -> {
        return new StorageProof(new StorageChallenge(
            SectorId.of(flip(c.sectorId().value(), where, bit)), c.epoch(), c.vrfProof()), responses);
      }
      case EPOCH -> {
        long epoch = (c.epoch() + 1 + where % 1000) % 1001;
        return new StorageProof(new StorageChallenge(c.sectorId(), epoch, c.vrfProof()), responses);
      }
      case VRF_PROOF -> {
        byte[] pi = c.vrfProof().toByteArray();
        pi[where % pi.length] ^= (byte) (1 << bit);
        return new StorageProof(new StorageChallenge(c.sectorId(), c.epoch(),
            VrfProof.fromBytes(c.vrfProof().suite(), pi)), responses);
      }
      case INDEX -> responses.set(j, new ChunkResponse(
          (r.index() + 1 + where % (n - 1)) % n, r.chunk(), r.path()));
      case CHUNK -> {
        byte[] chunk = r.chunk().toByteArray();
        chunk[where % chunk.length] ^= (byte) (1 << bit);
        responses.set(j, new ChunkResponse(r.index(), Bytes.of(chunk), r.path()));
      }
      case PATH_HASH -> {
        List<Hash32> path = new ArrayList<>(r.path());
        int h = where % path.size();
        path.set(h, flip(path.get(h), where / 7, bit));
        responses.set(j, new ChunkResponse(r.index(), r.chunk(), path));
      }
      case PATH_LENGTH -> {
        List<Hash32> path = new ArrayList<>(r.path());
        if (where % 2 == 0) {
          path.remove(where / 2 % path.size());
        } else {
          path.add(where / 2 % (path.size() + 1), Hash32.ZERO);
        }
        responses.set(j, new ChunkResponse(r.index(), r.chunk(), path));
      }
      case DROP -> responses.remove(j);
      case DUPLICATE -> responses.add(where % (responses.size() + 1), r);
    }
    return new StorageProof(c, responses);
  }

  private static Hash32 flip(Hash32 hash, int where, int bit) {
    byte[] bytes = hash.toByteArray();
    bytes[where % bytes.length] ^= (byte) (1 << bit);
    return Hash32.of(bytes);
  }

  @Property(tries = 20)
  void decode_everyDecodedProof_hasSameEncoding(@ForAll @IntRange(min = 0, max = 50) int epoch)
      throws VrfException {
    StorageProof proof = WORLD.honestProof(epoch);
    JsonNode json = WORLD.kind.encode(proof);
    assertThat(WORLD.kind.encode(WORLD.kind.decode(json))).isEqualTo(json);
    assertThatThrownBy(() -> WORLD.kind.decode(json.get("responses")))
        .isInstanceOf(DecodingException.class);
  }
}
