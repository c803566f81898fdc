package io.depin.proofs.storage;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.crypto.PublicKey;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.storage.internal.ResponseCheck;
import io.depin.proofs.storage.internal.StorageJson;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import io.depin.proofs.vrf.VrfSuite;
import java.util.Objects;
import java.util.Optional;

/**
 * The proof kind {@code io.depin.proofs.storage.response/v1}: proof of retrievability of a
 * committed sector. The device answers a {@link StorageChallenge} with the challenged chunks and
 * their Merkle paths ({@link StorageProof}); the check recomputes the challenge from the
 * challenger's verifiable randomness and verifies every chunk against the committed root.
 *
 * <p>Reason codes of {@link #check}, in the order they are checked:
 *
 * <ul>
 *   <li>{@value #NO_RULES}: no {@link StorageRules} are in force at the proof's timestamp;
 *   <li>{@value #UNKNOWN_SECTOR}: the signing device has no commitment to the sector (it never
 *       committed, or the sector is another device's);
 *   <li>{@value #WRONG_EPOCH}: the challenge is not for the proof's epoch or one of the {@link
 *       StorageRules#maxChallengeAge()} epochs before it;
 *   <li>{@value #RESPONSE_TOO_LARGE}: the responses exceed {@link StorageRules#maxResponseBytes()};
 *   <li>{@value #BAD_CHALLENGE}: the challenge's VRF proof does not verify under the challenger's
 *       key for this sector and epoch;
 *   <li>{@value #RESPONSE_COUNT}: the number of responses is not the number of distinct indices
 *       among the {@link StorageRules#challenges()} drawn;
 *   <li>{@value #DUPLICATE_RESPONSE}: an index is answered twice;
 *   <li>{@value #WRONG_INDEX}: a response is not for the index challenged at its position;
 *   <li>{@value #CHUNK_SIZE}: a chunk is not of the committed chunk size;
 *   <li>{@value #BAD_PATH}: a chunk and its Merkle path do not lead to the committed root.
 * </ul>
 *
 * {@snippet :
 * StorageProofKind responseKind =
 *     new StorageProofKind(rules, commitments, challengerKey.publicKey(), epochs);
 * ProofVerifier verifier = ProofVerifier.builder()
 *     .registry(registry).replayGuard(guard).clock(clock)
 *     .kind(new SectorCommitmentKind(rules)).kind(responseKind)
 *     .build();
 * // wire form of the payload:
 * // {"epoch":12,"responses":[{"chunk":"<base64url>","index":5,"path":["0x…",…]},…],
 * //  "sector":"0x…","vrfProof":"0x…"}
 * }
 *
 * <p>The kind judges one proof: a device may answer the same challenge again, with a new replay
 * token, in any epoch it stays answerable. Reward code should therefore credit at most one
 * accepted proof per device, sector and challenge epoch ({@code challenge().epoch()}), and only
 * for that epoch, not for the epoch of the proof's timestamp; otherwise a device that kept only
 * the chunks of one challenge could keep answering it for {@link StorageRules#maxChallengeAge()}
 * more epochs.
 *
 * <p>Cost of a check: one VRF verification, {@code k} SHA-256 for the indices, and per distinct
 * index one hash over the chunk and {@code log2 n} node hashes. Immutable and thread-safe if the
 * {@link SectorCommitments} are.
 *
 * @since 0.1.0
 */
public final class StorageProofKind implements ProofKind<StorageProof> {
  /** The kind's tag. */
  public static final MessageType TYPE = MessageType.of("io.depin.proofs.storage.response/v1");

  /** No storage rules are in force at the proof's timestamp. */
  public static final String NO_RULES = SectorCommitmentKind.NO_RULES;

  /** The device has no commitment to the sector. */
  public static final String UNKNOWN_SECTOR = "storage.unknown-sector";

  /** The challenge's epoch is not answerable at the proof's timestamp. */
  public static final String WRONG_EPOCH = "storage.wrong-epoch";

  /** The challenge's VRF proof does not verify. */
  public static final String BAD_CHALLENGE = "storage.bad-challenge";

  /** The responses are larger than the rules allow. */
  public static final String RESPONSE_TOO_LARGE = "storage.response-too-large";

  /** The number of responses is not the number of distinct challenged indices. */
  public static final String RESPONSE_COUNT = ResponseCheck.RESPONSE_COUNT;

  /** An index is answered twice. */
  public static final String DUPLICATE_RESPONSE = ResponseCheck.DUPLICATE_RESPONSE;

  /** A response is not for the index challenged at its position. */
  public static final String WRONG_INDEX = ResponseCheck.WRONG_INDEX;

  /** A chunk is not of the committed chunk size. */
  public static final String CHUNK_SIZE = ResponseCheck.CHUNK_SIZE;

  /** A chunk and its path do not lead to the committed root. */
  public static final String BAD_PATH = ResponseCheck.BAD_PATH;

  private final RuleBook<StorageRules> rules;
  private final SectorCommitments commitments;
  private final PublicKey challenger;
  private final VrfSuite suite;
  private final EpochClock epochs;

  /**
   * Creates the kind.
   *
   * @param rules the storage rules by effective date
   * @param commitments where the devices' sector commitments are found
   * @param challenger the challenger's VRF public key (Ed25519 or P-256)
   * @param epochs the network's epochs; only {@link EpochClock#epochAt} is used, never its clock
   * @throws IllegalArgumentException if no VRF suite uses the challenger's key type
   */
  public StorageProofKind(RuleBook<StorageRules> rules, SectorCommitments commitments,
      PublicKey challenger, EpochClock epochs) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.commitments = Objects.requireNonNull(commitments, "commitments");
    this.challenger = Objects.requireNonNull(challenger, "challenger");
    this.epochs = Objects.requireNonNull(epochs, "epochs");
    this.suite = suiteOf(challenger);
  }

  /** {@return the storage rules by effective date} */
  public RuleBook<StorageRules> rules() {
    return rules;
  }

  /** {@return the challenger's VRF public key} */
  public PublicKey challenger() {
    return challenger;
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  /**
   * Decodes a storage proof strictly: exactly the members shown in the class documentation, the
   * sector and path hashes as {@code 0x} and 64 lower-case hex digits, the VRF proof as {@code 0x}
   * hex of the challenger suite's proof length, the epoch in {@code [0, 2^53 - 1]}, at most {@link
   * StorageProof#MAX_RESPONSES} responses, each with an index in {@code [0, 2^31 - 2]}, a chunk of
   * 1 to {@link StorageRules#MAX_CHUNK_SIZE} bytes in canonical unpadded base64url and at most
   * {@link ChunkResponse#MAX_PATH_LENGTH} path hashes.
   */
  @Override
  public StorageProof decode(JsonNode payload) {
    return StorageJson.decodeProof(payload, suite);
  }

  @Override
  public JsonNode encode(StorageProof payload) {
    return StorageJson.encode(payload);
  }

  @Override
  public CheckResult check(StorageProof payload, ProofContext context) {
    Optional<StorageRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail(NO_RULES, "no storage rules in force at " + context.timestamp());
    }
    StorageRules r = inForce.get();
    StorageChallenge challenge = payload.challenge();
    Optional<SectorCommitment> commitment =
        commitments.lookup(context.device().identity().id(), challenge.sectorId());
    if (commitment.isEmpty()) {
      return CheckResult.fail(UNKNOWN_SECTOR,
          "the device has no commitment to sector " + challenge.sectorId());
    }
    Optional<Epoch> now = epochs.epochAt(context.timestamp());
    long lag = now.map(e -> e.index() - challenge.epoch()).orElse(-1L);
    if (lag < 0 || lag > r.maxChallengeAge()) {
      return CheckResult.fail(WRONG_EPOCH, "a challenge of epoch " + challenge.epoch()
          + " is not answerable in epoch " + now.map(e -> Long.toString(e.index())).orElse("none"));
    }
    long size = payload.countedBytes();
    if (size > r.maxResponseBytes()) {
      return CheckResult.fail(RESPONSE_TOO_LARGE,
          size + " response bytes; the limit is " + r.maxResponseBytes());
    }
    VrfOutput randomness;
    try {
      randomness = challenge.randomness(challenger);
    } catch (VrfException e) {
      return CheckResult.fail(BAD_CHALLENGE, "the challenge's VRF proof: " + e.code());
    }
    SectorCommitment c = commitment.get();
    int[] indices = challenge.indices(randomness, c.chunkCount(), r.challenges());
    return ResponseCheck.check(c, indices, payload.responses());
  }

  @Override
  public String toString() {
    return "StorageProofKind[" + rules + ", challenger=" + challenger + "]";
  }

  private static VrfSuite suiteOf(PublicKey key) {
    for (VrfSuite s : VrfSuite.values()) {
      if (s.keyType() == key.keyType()) {
        return s;
      }
    }
    throw new IllegalArgumentException("no VRF suite uses " + key.keyType() + " keys");
  }
}
