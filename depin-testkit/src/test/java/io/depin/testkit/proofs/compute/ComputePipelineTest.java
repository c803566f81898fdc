package io.depin.testkit.proofs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.compute.AgreementEvaluator;
import io.depin.proofs.compute.ComputeKind;
import io.depin.proofs.compute.ComputeResult;
import io.depin.proofs.compute.ComputeResultSigner;
import io.depin.proofs.compute.ComputeRules;
import io.depin.proofs.compute.ProviderOutcome;
import io.depin.proofs.compute.RejectedResult;
import io.depin.proofs.compute.TaskAssignment;
import io.depin.proofs.compute.TaskOutcome;
import io.depin.testkit.proofs.SimulatedFleet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComputePipelineTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final RuleBook<ComputeRules> RULES =
      RuleBook.startingAt(START, ComputeRules.MAJORITY)
          .thenFrom(START.plus(Duration.ofDays(1)), new ComputeRules(100, Duration.ofMinutes(1)));
  static final ComputeKind KIND = new ComputeKind(RULES);
  static final Hash32 TASK = HashAlgorithm.SHA_256.hash32(bytes("task-1"));
  static final Hash32 INPUT = HashAlgorithm.SHA_256.hash32(bytes("2+2"));
  static final Bytes RIGHT = Bytes.of(bytes("4"));
  static final Bytes WRONG = Bytes.of(bytes("5"));

  private SimulatedFleet fleet;
  private ProofVerifier verifier;
  private final List<SimulatedFleet.Device> devices = new ArrayList<>();
  private final List<ComputeResultSigner> workers = new ArrayList<>();

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @BeforeEach
  void setUp() throws Exception {
    fleet = SimulatedFleet.create(9, START);
    verifier = fleet.verifier().kind(KIND).build();
    for (int i = 0; i < 5; i++) {
      SimulatedFleet.Device d = fleet.onboard();
      devices.add(d);
      workers.add(ComputeResultSigner.create(KIND,
          DeviceSigner.create(d.id(), d.key(), fleet.clock(), 0)));
    }
  }

  private VerifiedProof<ComputeResult> submit(int worker, Hash32 input, Bytes output)
      throws Exception {
    Verdict verdict =
        verifier.verify(workers.get(worker).sign(TASK, input, output, Duration.ofSeconds(2)).toBytes());
    assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
    return ((Verdict.Accepted) verdict).proof().as(KIND).orElseThrow();
  }

  private TaskAssignment assignFirst(int k) {
    return TaskAssignment.of(
        TASK, INPUT, devices.subList(0, k).stream().map(SimulatedFleet.Device::id).toList(),
        fleet.clock().instant());
  }

  @Test
  void threeProviders_oneDissenter_agreedAndFlagged() throws Exception {
    TaskAssignment assignment = assignFirst(3);
    List<VerifiedProof<ComputeResult>> results =
        List.of(submit(0, INPUT, RIGHT), submit(1, INPUT, WRONG), submit(2, INPUT, RIGHT));

    TaskOutcome outcome = new AgreementEvaluator(RULES).evaluate(assignment, results);

    assertThat(outcome.decision()).isEqualTo(TaskOutcome.Decision.AGREED);
    assertThat(outcome.agreedResult()).contains(HashAlgorithm.SHA_256.hash32(RIGHT));
    assertThat(outcome.providersWith(ProviderOutcome.AGREED))
        .containsExactlyInAnyOrder(devices.get(0).id(), devices.get(2).id());
    assertThat(outcome.providersWith(ProviderOutcome.DISSENTED)).containsExactly(devices.get(1).id());
    assertThat(outcome.votes()).containsEntry(HashAlgorithm.SHA_256.hash32(RIGHT), 2);
    assertThat(outcome.rejected()).isEmpty();
  }

  @Test
  void tieAndAbsentee_undecided() throws Exception {
    TaskAssignment assignment = assignFirst(3);
    TaskOutcome outcome = new AgreementEvaluator(RULES)
        .evaluate(assignment, List.of(submit(0, INPUT, RIGHT), submit(1, INPUT, WRONG)));
    assertThat(outcome.decision()).isEqualTo(TaskOutcome.Decision.UNDECIDED);
    assertThat(outcome.agreedResult()).isEmpty();
    assertThat(outcome.providersWith(ProviderOutcome.UNDECIDED)).hasSize(2);
    assertThat(outcome.providersWith(ProviderOutcome.ABSENT)).containsExactly(devices.get(2).id());
  }

  @Test
  void quorumOfRulesAtAssignment_absenteesCountAgainstIt() throws Exception {
    TaskAssignment assignment = assignFirst(5);
    List<VerifiedProof<ComputeResult>> results =
        List.of(submit(0, INPUT, RIGHT), submit(1, INPUT, RIGHT), submit(2, INPUT, RIGHT));
    assertThat(new AgreementEvaluator(RULES).evaluate(assignment, results).decision())
        .isEqualTo(TaskOutcome.Decision.AGREED);
    TaskAssignment later = TaskAssignment.of(TASK, INPUT, assignment.providers(), START.plus(Duration.ofDays(2)));
    assertThat(new AgreementEvaluator(RULES).evaluate(later, results).decision())
        .isEqualTo(TaskOutcome.Decision.UNDECIDED);
    assertThatThrownBy(() -> new AgreementEvaluator(RULES).evaluate(
            TaskAssignment.of(TASK, INPUT, assignment.providers(), START.minusSeconds(1)), results))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cheaters_unassignedWrongInputEarlyAndEquivocating_flagged() throws Exception {
    VerifiedProof<ComputeResult> early = submit(3, INPUT, RIGHT);
    fleet.clock().advance(Duration.ofSeconds(10));
    TaskAssignment assignment = assignFirst(4);
    Hash32 otherInput = HashAlgorithm.SHA_256.hash32(bytes("2+3"));
    List<VerifiedProof<ComputeResult>> results = List.of(
        submit(0, INPUT, RIGHT),
        submit(1, INPUT, RIGHT),
        submit(1, INPUT, RIGHT),
        submit(2, INPUT, RIGHT),
        submit(2, INPUT, WRONG),
        submit(4, INPUT, RIGHT),
        submit(0, otherInput, WRONG),
        early);

    TaskOutcome outcome = new AgreementEvaluator(RULES).evaluate(assignment, results);

    assertThat(outcome.decision()).isEqualTo(TaskOutcome.Decision.UNDECIDED);
    assertThat(outcome.votes()).containsExactlyEntriesOf(
        Map.of(HashAlgorithm.SHA_256.hash32(RIGHT), 2));
    assertThat(outcome.providers()).containsEntry(devices.get(2).id(), ProviderOutcome.EQUIVOCATED)
        .containsEntry(devices.get(3).id(), ProviderOutcome.ABSENT);
    assertThat(outcome.rejected())
        .extracting(r -> r.reason().code())
        .containsExactlyInAnyOrder(
            "compute.unassigned-provider", "compute.input-mismatch", "compute.before-assignment");
    assertThat(outcome.rejected())
        .filteredOn(r -> r.reason() == RejectedResult.Reason.UNASSIGNED_PROVIDER)
        .extracting(RejectedResult::provider)
        .containsExactly(devices.get(4).id());
  }

  @Test
  void cheater_impossibleRuntimeOrReplay_rejectedByPipeline() throws Exception {
    SimulatedFleet.Device d = devices.get(0);
    byte[] slow = d.sign(KIND, new ComputeResult(TASK, INPUT, INPUT, Duration.ofHours(1).toMillis()),
        ReplayToken.sequence(100), fleet.clock().instant()).toBytes();
    Verdict verdict = verifier.verify(slow);
    assertThat(((Verdict.Rejected) verdict).code()).isEqualTo("compute.runtime-over-limit");

    byte[] honest = workers.get(1).sign(TASK, INPUT, RIGHT, Duration.ofSeconds(1)).toBytes();
    assertThat(verifier.verify(honest)).isInstanceOf(Verdict.Accepted.class);
    assertThat(((Verdict.Rejected) verifier.verify(honest)).code()).isEqualTo("REPLAYED");
    ProofVerifier early = fleet.verifier()
        .kind(new ComputeKind(RuleBook.startingAt(START.plusSeconds(1), ComputeRules.MAJORITY)))
        .build();
    byte[] beforeRules = devices.get(2).sign(KIND, new ComputeResult(TASK, INPUT, INPUT, 1),
        ReplayToken.sequence(1), fleet.clock().instant()).toBytes();
    assertThat(((Verdict.Rejected) early.verify(beforeRules)).code()).isEqualTo("compute.no-rules");
  }
}
