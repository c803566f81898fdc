/** The {@code depin} command line, built on picocli. */
@NullMarked
package io.depin.cli;

import org.jspecify.annotations.NullMarked;
