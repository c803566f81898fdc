package io.depin.tokenomics.report.internal;

/** Escaping of text placed in HTML element content or in a quoted attribute value. */
public final class Html {
  private Html() {}

  /**
   * Escapes {@code & < > " '} so that the text shows as written and cannot open a tag, close an
   * attribute or start a character reference.
   *
   * @param text the raw text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
