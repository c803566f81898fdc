package io.depin.proofs.coverage;

import io.depin.core.bytes.Bytes;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The network's published entropy: unpredictable values (for example the hash of a recent block,
 * or a randomness beacon's round) and when each was published. Beacons must use a published,
 * fresh entropy, so a beaconer cannot compute its payload in advance.
 *
 * {@snippet :
 * EntropyLog log = new InMemoryEntropyLog();
 * Instant published = log.publishedAtOrNull(beacon.entropy());   // null if never published
 * }
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface EntropyLog {
  /**
   * Returns when an entropy was published.
   *
   * @param entropy the entropy a beacon names
   * @return the instant, or null if it was never published
   */
  @Nullable Instant publishedAtOrNull(Bytes entropy);
}
