package io.depin.devices.eth;

import io.depin.core.eth.EthAddress;
import io.depin.devices.eth.DeviceMessageException.Code;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link NonceTracker} in memory with a sliding window per signer.
 *
 * <p>For each signer it keeps the highest nonce seen, {@code h}, and which nonces in {@code (h -
 * window, h]} were used. A nonce is accepted once if it is above {@code h - window}; a nonce at or
 * below {@code h - window} is rejected as out of window, because whether it was used is no longer
 * known. Nonces may arrive out of order within the window. Memory grows with the number of signers.
 *
 * {@snippet :
 * InMemoryNonceTracker nonces = new InMemoryNonceTracker(64);
 * nonces.consume(device, 100);
 * nonces.consume(device, 99);    // accepted: in the window, unused
 * nonces.consume(device, 30);    // throws NONCE_OUT_OF_WINDOW
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryNonceTracker implements NonceTracker {
  private final int window;
  private final Map<EthAddress, Window> signers = new HashMap<>();

  /**
   * Creates a tracker.
   *
   * @param window how many nonces below the highest one are still accepted, 1 to 65536
   * @throws IllegalArgumentException if the window is out of range
   */
  public InMemoryNonceTracker(int window) {
    if (window < 1 || window > 65536) {
      throw new IllegalArgumentException("the nonce window is 1 to 65536, not " + window);
    }
    this.window = window;
  }

  @Override
  public synchronized void consume(EthAddress signer, long nonce) throws DeviceMessageException {
    Objects.requireNonNull(signer, "signer");
    if (nonce < 0) {
      throw new IllegalArgumentException("a nonce is not negative: " + nonce);
    }
    Window w = signers.get(signer);
    if (w == null) {
      w = new Window(nonce, new BitSet(window));
      w.used.set(0);
      signers.put(signer, w);
      return;
    }
    if (nonce > w.highest) {
      long shift = nonce - w.highest;
      BitSet moved = new BitSet(window);
      if (shift < window) {
        for (int i = w.used.nextSetBit(0); i >= 0 && i + shift < window; i = w.used.nextSetBit(i + 1)) {
          moved.set((int) (i + shift));
        }
      }
      moved.set(0);
      w.used = moved;
      w.highest = nonce;
      return;
    }
    long age = w.highest - nonce;
    if (age >= window) {
      throw new DeviceMessageException(
          Code.NONCE_OUT_OF_WINDOW, "nonce " + nonce + " is below the window of the highest nonce " + w.highest);
    }
    if (w.used.get((int) age)) {
      throw new DeviceMessageException(Code.NONCE_REPLAYED, "nonce " + nonce + " was already used");
    }
    w.used.set((int) age);
  }

  /** The highest nonce of one signer, and bit {@code i} set if nonce {@code highest - i} was used. */
  private static final class Window {
    private long highest;
    private BitSet used;

    private Window(long highest, BitSet used) {
      this.highest = highest;
      this.used = used;
    }
  }
}
