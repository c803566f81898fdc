package io.depin.testkit.proofs.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.message.MessageType;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.coverage.Beacon;
import io.depin.proofs.coverage.CoverageResult;
import io.depin.proofs.coverage.Witness;
import io.depin.proofs.coverage.WitnessKind;
import io.depin.proofs.coverage.WitnessOutcome;
import io.depin.proofs.SignedProof;
import io.depin.testkit.proofs.coverage.CoverageNet.Radio;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluator does not rely on the witness kind's own check: a network that registers a laxer
 * kind for the same tag still gets self-witnesses refused.
 */
class SelfWitnessEvaluatorTest {
  /** Decodes witnesses like {@link WitnessKind} but checks nothing. */
  private record LaxWitnessKind(WitnessKind strict) implements ProofKind<Witness> {
    @Override
    public MessageType type() {
      return strict.type();
    }

    @Override
    public Witness decode(JsonNode payload) {
      return strict.decode(payload);
    }

    @Override
    public JsonNode encode(Witness payload) {
      return strict.encode(payload);
    }

    @Override
    public CheckResult check(Witness payload, ProofContext context) {
      return CheckResult.ok();
    }
  }

  @Test
  void evaluate_beaconerWitnessingItselfThroughLaxKind_selfWitness() throws Exception {
    CoverageNet net = new CoverageNet(3);
    Radio beaconer = net.onboard(0, 0);
    LaxWitnessKind lax = new LaxWitnessKind(net.witnesses);
    ProofVerifier verifier = net.fleet.verifier().kind(net.beacons).kind(lax).build();
    VerifiedProof<Beacon> beacon = net.accept(net.beacon(beaconer));
    SignedProof<Witness> own = net.witness(beaconer, beacon, -1100, 1000);
    Verdict verdict = verifier.verify(own.toBytes());
    VerifiedProof<Witness> accepted =
        ((Verdict.Accepted) verdict).proof().as(lax).orElseThrow();

    CoverageResult result = net.evaluator.evaluate(beacon, List.of(accepted));

    assertThat(result.witnesses().get(0).outcome()).isEqualTo(WitnessOutcome.SELF_WITNESS);
    assertThat(result.witnesses().get(0).outcome().code()).isEqualTo("coverage.self-witness");
    assertThat(result.beaconerUnits()).isZero();
  }
}
