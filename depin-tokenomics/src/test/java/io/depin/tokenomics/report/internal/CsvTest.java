package io.depin.tokenomics.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void field_plain_unquoted() {
    assertThat(Csv.field("emitted")).isEqualTo("emitted");
  }

  @Test
  void field_commaQuoteOrLineBreak_quotedWithDoubledQuotes() {
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void field_formulaStart_neutralised() {
    assertThat(Csv.field("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
    assertThat(Csv.field("-burn")).isEqualTo("\"'-burn\"");
  }

  @Test
  void format_wholeAndFractionalNumbers() {
    assertThat(Numbers.format(3.0)).isEqualTo("3");
    assertThat(Numbers.format(-0.0)).isEqualTo("0");
    assertThat(Numbers.format(0.1)).isEqualTo("0.1");
    assertThat(Numbers.format(1e20)).isEqualTo("1.0E20");
    assertThat(Numbers.format(9007199254740991.0)).isEqualTo("9007199254740991");
    assertThatThrownBy(() -> Numbers.format(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void escape_allFiveSpecialCharacters() {
    assertThat(Html.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
  }
}
