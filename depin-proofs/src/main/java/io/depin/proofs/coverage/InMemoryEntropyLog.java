package io.depin.proofs.coverage;

import io.depin.core.bytes.Bytes;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EntropyLog} in memory, for tests and single-process networks.
 *
 * {@snippet :
 * InMemoryEntropyLog log = new InMemoryEntropyLog();
 * log.publish(Bytes.fromHex("0x9f1c..."), clock.instant());
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryEntropyLog implements EntropyLog {
  private final Map<Bytes, Instant> published = new ConcurrentHashMap<>();

  /** Creates an empty log. */
  public InMemoryEntropyLog() {}

  /**
   * Publishes an entropy; publishing it again keeps the first instant.
   *
   * @param entropy 1 to {@value Beacon#MAX_ENTROPY_BYTES} bytes
   * @param at when it was published
   * @throws IllegalArgumentException if the entropy is empty or too long
   */
  public void publish(Bytes entropy, Instant at) {
    Objects.requireNonNull(entropy, "entropy");
    Objects.requireNonNull(at, "at");
    if (entropy.isEmpty() || entropy.length() > Beacon.MAX_ENTROPY_BYTES) {
      throw new IllegalArgumentException(
          "entropy is 1 to " + Beacon.MAX_ENTROPY_BYTES + " bytes, not " + entropy.length());
    }
    published.putIfAbsent(entropy, at);
  }

  @Override
  public @Nullable Instant publishedAtOrNull(Bytes entropy) {
    return published.get(entropy);
  }
}
