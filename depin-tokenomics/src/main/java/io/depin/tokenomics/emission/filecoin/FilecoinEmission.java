package io.depin.tokenomics.emission.filecoin;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Filecoin's simple plus baseline minting as an {@link EmissionSchedule}: epoch {@code e} mints
 * the reward a {@link FilecoinRewardState} computes when it advances to {@code e}, given the
 * network's realised power from {@code realizedPower.apply(e)} (the raw byte power entering epoch
 * {@code e}; power above the epoch's baseline counts only up to the baseline).
 *
 * <p>With zero power only simple minting remains: {@code 330M FIL * (e^lambda - 1) * e^(-lambda *
 * e)}. There is no closed form for the cumulative total (each epoch rounds separately and the
 * baseline depends on the power history), so the schedule replays the actor: it keeps a snapshot
 * of the state and cumulative total every {@value #STRIDE} epochs and of the last state it
 * returned, and answers a query by replaying from the nearer of the two: at most {@value #STRIDE}
 * epochs, and one epoch when epochs are queried in order. The first query for a late epoch replays
 * every epoch up to it; epochs from {@code STRIDE * Integer.MAX_VALUE} (about 5.5 * 10^11) on are
 * refused with an {@link IllegalArgumentException}.
 *
 * {@snippet :
 * EmissionSchedule fil = FilecoinEmission.of(epoch -> BigInteger.TEN.pow(18)); // 1 EB realised
 * fil.amountAt(Epoch.of(0));
 * fil.cumulativeThrough(Epoch.of(2_880));  // the first day
 * }
 *
 * <p>Instances are thread-safe if {@code realizedPower} is; snapshots are guarded by a lock.
 *
 * @since 0.1.0
 */
public final class FilecoinEmission implements EmissionSchedule {
  /** Epochs between kept snapshots. */
  public static final int STRIDE = 256;

  private record Snapshot(FilecoinRewardState state, BigInteger cumulative) {}

  private final Function<Epoch, BigInteger> realizedPower;
  /** Snapshot {@code k} is the state at epoch {@code k * STRIDE - 1}; guarded by {@code this}. */
  private final List<Snapshot> snapshots = new ArrayList<>();
  /** The last state returned, so that a scan over consecutive epochs steps once per epoch. */
  private @Nullable Snapshot cursor;

  private FilecoinEmission(Function<Epoch, BigInteger> realizedPower) {
    this.realizedPower = realizedPower;
    snapshots.add(new Snapshot(FilecoinRewardState.genesis(), BigInteger.ZERO));
  }

  /**
   * Returns the schedule for a power history.
   *
   * @param realizedPower the raw byte power entering each epoch, 0 or more
   * @return the schedule
   */
  public static FilecoinEmission of(Function<Epoch, BigInteger> realizedPower) {
    return new FilecoinEmission(Objects.requireNonNull(realizedPower, "realizedPower"));
  }

  private synchronized Snapshot snapshotBefore(long epoch) {
    long wanted = epoch / STRIDE;
    if (wanted >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("epoch " + epoch + " is too far to replay");
    }
    while (snapshots.size() <= wanted) {
      Snapshot last = snapshots.get(snapshots.size() - 1);
      FilecoinRewardState state = last.state().copy();
      BigInteger cumulative = last.cumulative();
      for (int i = 0; i < STRIDE; i++) {
        cumulative = cumulative.add(step(state));
      }
      snapshots.add(new Snapshot(state, cumulative));
    }
    return snapshots.get((int) wanted);
  }

  private BigInteger step(FilecoinRewardState state) {
    BigInteger power = realizedPower.apply(Epoch.of(state.epoch() + 1));
    return state.advance(power);
  }

  /**
   * Returns the state at {@code epoch} with the cumulative total through it, replayed from the
   * nearest snapshot or from the last state returned, whichever is closer.
   */
  private synchronized Snapshot replayTo(long epoch) {
    Snapshot from = snapshotBefore(epoch);
    Snapshot last = cursor;
    if (last != null && last.state().epoch() <= epoch
        && last.state().epoch() > from.state().epoch()) {
      from = last;
    }
    FilecoinRewardState state = from.state().copy();
    BigInteger cumulative = from.cumulative();
    while (state.epoch() < epoch) {
      cumulative = cumulative.add(step(state));
    }
    Snapshot reached = new Snapshot(state, cumulative);
    cursor = reached;
    return reached;
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    return replayTo(epoch.index()).state().thisEpochReward();
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    return replayTo(epoch.index()).cumulative();
  }

  @Override
  public String toString() {
    return "filecoin(simple + baseline)";
  }
}
