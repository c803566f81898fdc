package io.depin.tokenomics.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.Set;

/**
 * What a report shows: a title, metadata (seed, number of runs, parameters, as ordered key/value
 * pairs) and sections of charts. Written to files by {@link ReportWriter}.
 *
 * <p>A report holds no timestamp of its own, so writing the same report twice gives the same
 * bytes; put a date in the metadata if the report should show one.
 *
 * {@snippet :
 * Report report = Report.builder()
 *     .title("Halving schedule, 1000 runs")
 *     .metadata("seed", 42)
 *     .metadata("runs", 1000)
 *     .metadata("emission", "halving every 52 epochs from 1000000 base units")
 *     .section(Section.of("Supply", "", supplyBand))
 *     .section(Section.of("Rewards", "Last epoch.", lorenzChart))
 *     .build();
 * }
 *
 * @since 0.1.0
 */
public final class Report {
  private final String title;
  private final SequencedMap<String, String> metadata;
  private final List<Section> sections;

  private Report(Builder b) {
    this.title = b.title;
    this.metadata = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(b.metadata));
    this.sections = List.copyOf(b.sections);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the title} */
  public String title() {
    return title;
  }

  /** {@return the metadata, in the order it was given; unmodifiable} */
  public SequencedMap<String, String> metadata() {
    return metadata;
  }

  /** {@return the sections, in order} */
  public List<Section> sections() {
    return sections;
  }

  /** {@return every chart of every section, in order} */
  public List<Chart> charts() {
    List<Chart> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.charts());
    }
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "Report[" + title + ", " + sections.size() + " sections]";
  }

  /**
   * Collects the parts of a {@link Report}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String title = "Report";
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title (default "Report").
     *
     * @param title the title, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Checks.text(title, "title");
      return this;
    }

    /**
     * Adds a metadata entry.
     *
     * @param key the key, not blank and not used before
     * @param value the value; may be empty
     * @return this builder
     * @throws IllegalArgumentException if the key is blank or already present
     */
    public Builder metadata(String key, String value) {
      Checks.text(key, "metadata key");
      Objects.requireNonNull(value, "value");
      if (metadata.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException("duplicate metadata key: " + key);
      }
      return this;
    }

    /**
     * Adds a numeric metadata entry, such as the seed or the number of runs.
     *
     * @param key the key, not blank and not used before
     * @param value the value, written in decimal
     * @return this builder
     * @throws IllegalArgumentException if the key is blank or already present
     */
    public Builder metadata(String key, long value) {
      return metadata(key, Long.toString(value));
    }

    /**
     * Adds a section.
     *
     * @param section the section
     * @return this builder
     */
    public Builder section(Section section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalStateException if two charts share an id
     */
    public Report build() {
      Set<String> ids = new HashSet<>();
      for (Section s : sections) {
        for (Chart c : s.charts()) {
          if (!ids.add(c.id())) {
            throw new IllegalStateException("two charts have the id " + c.id());
          }
        }
      }
      return new Report(this);
    }
  }
}
