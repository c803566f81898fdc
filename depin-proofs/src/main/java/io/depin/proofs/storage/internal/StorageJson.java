package io.depin.proofs.storage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Base64Url;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.JsonFields;
import io.depin.proofs.storage.ChunkResponse;
import io.depin.proofs.storage.SectorCommitment;
import io.depin.proofs.storage.SectorId;
import io.depin.proofs.storage.StorageChallenge;
import io.depin.proofs.storage.StorageProof;
import io.depin.proofs.storage.StorageRules;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The strict JSON forms of the storage payloads. Hashes and the VRF proof are {@code 0x} and
 * lower-case hex; a chunk is unpadded base64url.
 *
 * <pre>
 * commitment: {"chunkCount":n,"chunkSize":s,"root":"0x…","sector":"0x…"}
 * response:   {"epoch":e,"responses":[{"chunk":"…","index":i,"path":["0x…",…]},…],
 *              "sector":"0x…","vrfProof":"0x…"}
 * </pre>
 */
public final class StorageJson {
  private static final Set<String> COMMITMENT = Set.of("sector", "chunkCount", "chunkSize", "root");
  private static final Set<String> PROOF = Set.of("sector", "epoch", "vrfProof", "responses");
  private static final Set<String> RESPONSE = Set.of("index", "chunk", "path");
  private static final int MAX_CHUNK_CHARS = (StorageRules.MAX_CHUNK_SIZE * 4 + 2) / 3;
  private static final int MAX_VRF_PROOF_BYTES = 128;

  private StorageJson() {}

  /**
   * Decodes a commitment.
   *
   * @param node the JSON
   * @return the commitment
   * @throws DecodingException if it is not in the strict form
   */
  public static SectorCommitment decodeCommitment(JsonNode node) {
    JsonFields.requireMembers(node, COMMITMENT, "sector commitment");
    SectorId sector = new SectorId(hash(node, "sector"));
    int chunkCount = intIn(node, "chunkCount", 1, Integer.MAX_VALUE);
    int chunkSize = intIn(node, "chunkSize", 1, StorageRules.MAX_CHUNK_SIZE);
    return new SectorCommitment(sector, chunkCount, chunkSize, hash(node, "root"));
  }

  /**
   * Encodes a commitment.
   *
   * @param commitment the commitment
   * @return the JSON
   */
  public static JsonNode encode(SectorCommitment commitment) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("sector", commitment.sectorId().value().toPrefixedHex());
    node.put("chunkCount", commitment.chunkCount());
    node.put("chunkSize", commitment.chunkSize());
    node.put("root", commitment.root().toPrefixedHex());
    return node;
  }

  /**
   * Decodes a storage proof.
   *
   * @param node the JSON
   * @param suite the challenger's VRF suite
   * @return the proof
   * @throws DecodingException if it is not in the strict form
   */
  public static StorageProof decodeProof(JsonNode node, VrfSuite suite) {
    JsonFields.requireMembers(node, PROOF, "storage proof");
    SectorId sector = new SectorId(hash(node, "sector"));
    long epoch = JsonFields.safeInteger(node, "epoch");
    VrfProof vrfProof =
        VrfProof.fromBytes(suite, JsonFields.hex(node, "vrfProof", MAX_VRF_PROOF_BYTES).toByteArray());
    JsonNode array = node.get("responses");
    if (!array.isArray()) {
      throw new DecodingException(Reason.MALFORMED, "'responses' must be an array");
    }
    if (array.size() > StorageProof.MAX_RESPONSES) {
      throw new DecodingException(Reason.TOO_LONG,
          "at most " + StorageProof.MAX_RESPONSES + " responses, not " + array.size());
    }
    List<ChunkResponse> responses = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      responses.add(decodeResponse(item));
    }
    return new StorageProof(new StorageChallenge(sector, epoch, vrfProof), responses);
  }

  /**
   * Encodes a storage proof.
   *
   * @param proof the proof
   * @return the JSON
   */
  public static JsonNode encode(StorageProof proof) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    StorageChallenge challenge = proof.challenge();
    node.put("sector", challenge.sectorId().value().toPrefixedHex());
    node.put("epoch", challenge.epoch());
    node.put("vrfProof", Bytes.of(challenge.vrfProof().toByteArray()).toPrefixedHex());
    ArrayNode responses = node.putArray("responses");
    for (ChunkResponse response : proof.responses()) {
      ObjectNode item = responses.addObject();
      item.put("index", response.index());
      item.put("chunk", Base64Url.encode(response.chunk()));
      ArrayNode path = item.putArray("path");
      for (Hash32 sibling : response.path()) {
        path.add(sibling.toPrefixedHex());
      }
    }
    return node;
  }

  private static ChunkResponse decodeResponse(JsonNode item) {
    JsonFields.requireMembers(item, RESPONSE, "chunk response");
    int index = intIn(item, "index", 0, Integer.MAX_VALUE - 1);
    byte[] chunk = Base64Url.decode(JsonFields.text(item, "chunk"), MAX_CHUNK_CHARS);
    if (chunk.length == 0 || chunk.length > StorageRules.MAX_CHUNK_SIZE) {
      throw new DecodingException(Reason.WRONG_LENGTH,
          "a chunk has 1 to " + StorageRules.MAX_CHUNK_SIZE + " bytes, not " + chunk.length);
    }
    JsonNode pathNode = item.get("path");
    if (!pathNode.isArray()) {
      throw new DecodingException(Reason.MALFORMED, "'path' must be an array");
    }
    if (pathNode.size() > ChunkResponse.MAX_PATH_LENGTH) {
      throw new DecodingException(Reason.TOO_LONG,
          "a path has at most " + ChunkResponse.MAX_PATH_LENGTH + " hashes, not " + pathNode.size());
    }
    List<Hash32> path = new ArrayList<>(pathNode.size());
    for (JsonNode sibling : pathNode) {
      path.add(hashText(sibling, "path"));
    }
    return new ChunkResponse(index, Bytes.of(chunk), path);
  }

  private static Hash32 hash(JsonNode node, String member) {
    JsonNode value = node.get(member);
    return hashText(value == null ? JsonNodeFactory.instance.nullNode() : value, member);
  }

  private static Hash32 hashText(JsonNode value, String what) {
    if (!value.isTextual() || !value.textValue().startsWith("0x")) {
      throw new DecodingException(Reason.MALFORMED, "'" + what + "' must be 0x-prefixed hex");
    }
    String text = value.textValue();
    if (text.length() != 2 + 2 * Hash32.LENGTH) {
      throw new DecodingException(Reason.WRONG_LENGTH, "'" + what + "' must be 32 bytes of hex");
    }
    for (int i = 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'F') {
        throw new DecodingException(Reason.NON_CANONICAL, "'" + what + "' must be lower-case hex");
      }
    }
    return Hash32.fromHex(text);
  }

  private static int intIn(JsonNode node, String member, int min, int max) {
    long value = JsonFields.safeInteger(node, member);
    if (value < min || value > max) {
      throw new DecodingException(Reason.INVALID_VALUE,
          "'" + member + "' must be in [" + min + ", " + max + "], not " + value);
    }
    return (int) value;
  }
}
