package io.depin.tokenomics.simulation.agents;

import io.depin.tokenomics.simulation.Policy;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Operators joining or leaving on their return on investment, the usual supply-side dynamic of a
 * DePIN: when the rewards of one operator are worth more than its cost, operators join; when less,
 * they leave.
 *
 * <p>Per step, with {@code n} operators, total rewards worth {@code R} (in the cost's currency) and
 * a cost {@code c} per operator: {@code roi = (R / max(n, 1) - c) / c}, and the change in the
 * number of operators is {@code responseRate * roi * max(n, 1)}, clamped to {@code [-maxLeaveRate *
 * n, maxJoinRate * max(n, 1)]}. So with a fixed reward pool the network settles where {@code R / n
 * = c}. Operator counts are real numbers (expected counts); round them where a model needs
 * integers.
 *
 * {@snippet :
 * OperatorResponse response = new OperatorResponse(0.1, 25.0, 0.05, 0.05);
 * Signal joined = builder.signal("operators joined");
 * builder.substep("operators", s -> s
 *     .policy(joined, response.policy(State::operators, st -> st.dailyRewards() * st.price()))
 *     .update((p, t, st, sig) -> st.withOperators(st.operators() + sig.get(joined))));
 * }
 *
 * @param responseRate the fraction of the operator count that reacts to a return of 100 %
 * @param costPerStep an operator's cost per step, positive
 * @param maxJoinRate the largest fraction of the operator count joining in one step
 * @param maxLeaveRate the largest fraction of the operator count leaving in one step, at most 1
 * @since 0.1.0
 */
public record OperatorResponse(
    double responseRate, double costPerStep, double maxJoinRate, double maxLeaveRate) {
  /** Checks the fields. */
  public OperatorResponse {
    if (!(responseRate >= 0)
        || !(costPerStep > 0)
        || !(maxJoinRate >= 0)
        || !(maxLeaveRate >= 0 && maxLeaveRate <= 1)
        || Double.isInfinite(responseRate)
        || Double.isInfinite(costPerStep)
        || Double.isInfinite(maxJoinRate)) {
      throw new IllegalArgumentException("operator response parameters out of range");
    }
  }

  /**
   * Returns the return on investment of one operator for one step.
   *
   * @param operators the number of operators, at least 0
   * @param rewardValue the value of all operators' rewards in the step
   * @return {@code (rewardValue / max(operators, 1) - cost) / cost}
   */
  public double roi(double operators, double rewardValue) {
    return (rewardValue / Math.max(operators, 1.0) - costPerStep) / costPerStep;
  }

  /**
   * Returns the change in the number of operators for one step.
   *
   * @param operators the number of operators, at least 0
   * @param rewardValue the value of all operators' rewards in the step
   * @return the operators joining (positive) or leaving (negative), never below {@code -operators}
   */
  public double change(double operators, double rewardValue) {
    if (!(operators >= 0)) {
      throw new IllegalArgumentException("operators must be at least 0: " + operators);
    }
    double base = Math.max(operators, 1.0);
    double raw = responseRate * roi(operators, rewardValue) * base;
    return Math.max(-maxLeaveRate * operators, Math.min(maxJoinRate * base, raw));
  }

  /**
   * Returns a policy whose signal is {@link #change(double, double)} for the state.
   *
   * @param operators reads the number of operators from the state
   * @param rewardValue reads the value of the step's operator rewards from the state
   * @param <P> the parameter type
   * @param <S> the state type
   * @return the policy
   */
  public <P, S> Policy<P, S> policy(
      ToDoubleFunction<? super S> operators, ToDoubleFunction<? super S> rewardValue) {
    Objects.requireNonNull(operators, "operators");
    Objects.requireNonNull(rewardValue, "rewardValue");
    return (p, t, s, rng) -> change(operators.applyAsDouble(s), rewardValue.applyAsDouble(s));
  }
}
