package io.depin.proofs.storage;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.storage.internal.StorageJson;
import java.util.Objects;
import java.util.Optional;

/**
 * The proof kind {@code io.depin.proofs.storage.commitment/v1}: a device signs its {@link
 * SectorCommitment}. Once verified, the network records it (for example in {@link
 * InMemorySectorCommitments}) and challenges the device against it with {@link StorageProofKind}.
 *
 * <p>Reason codes of {@link #check}, in the order they are checked:
 *
 * <ul>
 *   <li>{@value #NO_RULES}: no {@link StorageRules} are in force at the proof's timestamp;
 *   <li>{@value #CHUNK_SIZE_NOT_ALLOWED}: the commitment's chunk size is not the rules' {@link
 *       StorageRules#chunkSize()}.
 * </ul>
 *
 * {@snippet :
 * SectorCommitmentKind commitmentKind = new SectorCommitmentKind(rules);
 * ProofVerifier verifier = fleet.verifier().kind(commitmentKind).kind(responseKind).build();
 * // wire form of the payload:
 * // {"chunkCount":64,"chunkSize":1024,"root":"0x…","sector":"0x…"}
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SectorCommitmentKind implements ProofKind<SectorCommitment> {
  /** The kind's tag. */
  public static final MessageType TYPE = MessageType.of("io.depin.proofs.storage.commitment/v1");

  /** No storage rules are in force at the proof's timestamp. */
  public static final String NO_RULES = "storage.no-rules";

  /** The commitment's chunk size is not the one the rules require. */
  public static final String CHUNK_SIZE_NOT_ALLOWED = "storage.chunk-size-not-allowed";

  private final RuleBook<StorageRules> rules;

  /**
   * Creates the kind.
   *
   * @param rules the storage rules by effective date
   */
  public SectorCommitmentKind(RuleBook<StorageRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** {@return the storage rules by effective date} */
  public RuleBook<StorageRules> rules() {
    return rules;
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  /**
   * Decodes {@code {"chunkCount":n,"chunkSize":s,"root":"0x…","sector":"0x…"}} strictly: exactly
   * these members, {@code n} in {@code [1, 2^31 - 1]}, {@code s} in {@code [1, }{@link
   * StorageRules#MAX_CHUNK_SIZE}{@code ]}, hashes as {@code 0x} and 64 lower-case hex digits.
   */
  @Override
  public SectorCommitment decode(JsonNode payload) {
    return StorageJson.decodeCommitment(payload);
  }

  @Override
  public JsonNode encode(SectorCommitment payload) {
    return StorageJson.encode(payload);
  }

  @Override
  public CheckResult check(SectorCommitment payload, ProofContext context) {
    Optional<StorageRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail(NO_RULES, "no storage rules in force at " + context.timestamp());
    }
    int chunkSize = inForce.get().chunkSize();
    if (payload.chunkSize() != chunkSize) {
      return CheckResult.fail(CHUNK_SIZE_NOT_ALLOWED,
          "chunk size " + payload.chunkSize() + "; the rules require " + chunkSize);
    }
    return CheckResult.ok();
  }

  @Override
  public String toString() {
    return "SectorCommitmentKind[" + rules + "]";
  }
}
