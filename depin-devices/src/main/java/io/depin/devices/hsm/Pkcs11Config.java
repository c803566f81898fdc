package io.depin.devices.hsm;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Where a PKCS#11 token is: the vendor's PKCS#11 library and the slot that holds the token. It holds
 * no secret; the PIN is given to {@link Pkcs11Token#login(Pkcs11Config, char[])}.
 *
 * <p>The slot is named either by its PKCS#11 slot id ({@code CK_SLOT_ID}, as {@code softhsm2-util
 * --show-slots} or {@code pkcs11-tool --list-slots} print it) or by its index in the library's list
 * of slots with a token present. These are the two ways the JDK's SunPKCS11 provider selects a
 * token; it cannot select one by its label.
 *
 * {@snippet :
 * Pkcs11Config config = Pkcs11Config.builder()
 *     .library(Path.of("/usr/lib/softhsm/libsofthsm2.so"))
 *     .slot(1_588_409_716L)
 *     .build();
 * }
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Pkcs11Config {
  private final Path library;
  private final @Nullable Long slot;
  private final @Nullable Integer slotListIndex;

  private Pkcs11Config(Builder b, Path library) {
    this.library = library;
    this.slot = b.slot;
    this.slotListIndex = b.slotListIndex;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the absolute path of the PKCS#11 library} */
  public Path library() {
    return library;
  }

  /** {@return the PKCS#11 slot id, if the slot is named by id} */
  public OptionalLong slot() {
    return slot == null ? OptionalLong.empty() : OptionalLong.of(slot);
  }

  /** {@return the index in the library's slot list, if the slot is named by index} */
  public OptionalInt slotListIndex() {
    return slotListIndex == null ? OptionalInt.empty() : OptionalInt.of(slotListIndex);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Pkcs11Config other
        && library.equals(other.library)
        && Objects.equals(slot, other.slot)
        && Objects.equals(slotListIndex, other.slotListIndex);
  }

  @Override
  public int hashCode() {
    return Objects.hash(library, slot, slotListIndex);
  }

  /** {@return the library and the slot} */
  @Override
  public String toString() {
    String where = slot != null ? "slot=" + slot : "slotListIndex=" + slotListIndex;
    return "Pkcs11Config[library=" + library + ", " + where + "]";
  }

  /**
   * Builds a {@link Pkcs11Config}: set the library and exactly one of {@link #slot(long)} and
   * {@link #slotListIndex(int)}.
   *
   * {@snippet :
   * Pkcs11Config config = Pkcs11Config.builder()
   *     .library(Path.of("/opt/vendor/lib/libvendor-pkcs11.so"))
   *     .slotListIndex(0)
   *     .build();
   * }
   */
  public static final class Builder {
    private @Nullable Path library;
    private @Nullable Long slot;
    private @Nullable Integer slotListIndex;

    private Builder() {}

    /**
     * Sets the PKCS#11 library (a {@code .so}, {@code .dylib} or {@code .dll}).
     *
     * <p>The path goes into the SunPKCS11 configuration unquoted, so it must not contain
     * whitespace, {@code "}, {@code #} or {@code $}; link such a library from a plain path.
     *
     * @param library an absolute path
     * @return this builder
     * @throws IllegalArgumentException if the path is relative or has one of those characters
     */
    public Builder library(Path library) {
      String text = library.toString();
      if (!library.isAbsolute()) {
        throw new IllegalArgumentException("the PKCS#11 library path must be absolute: " + text);
      }
      if (text.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '#' || c == '$')) {
        throw new IllegalArgumentException(
            "the PKCS#11 library path must not contain whitespace, '\"', '#' or '$': " + text);
      }
      this.library = library;
      return this;
    }

    /**
     * Names the slot by its PKCS#11 slot id.
     *
     * @param slotId the {@code CK_SLOT_ID}, an unsigned 32-bit value on most libraries
     * @return this builder
     * @throws IllegalArgumentException if {@code slotId} is negative
     */
    public Builder slot(long slotId) {
      if (slotId < 0) {
        throw new IllegalArgumentException("a slot id is not negative: " + slotId);
      }
      this.slot = slotId;
      return this;
    }

    /**
     * Names the slot by its index in the library's list of slots with a token present.
     *
     * @param index the index, from 0
     * @return this builder
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Builder slotListIndex(int index) {
      if (index < 0) {
        throw new IllegalArgumentException("a slot list index is not negative: " + index);
      }
      this.slotListIndex = index;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalStateException if the library is not set, or not exactly one of the slot id
     *     and the slot list index is set
     */
    public Pkcs11Config build() {
      Path lib = library;
      if (lib == null) {
        throw new IllegalStateException("the PKCS#11 library is not set");
      }
      if ((slot == null) == (slotListIndex == null)) {
        throw new IllegalStateException("set exactly one of slot(id) and slotListIndex(index)");
      }
      return new Pkcs11Config(this, lib);
    }
  }
}
