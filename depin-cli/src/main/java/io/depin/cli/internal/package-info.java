/**
 * Implementation details of the command line: atomic, owner-only file writes, and progress on
 * standard error. Not API.
 */
@NullMarked
package io.depin.cli.internal;

import org.jspecify.annotations.NullMarked;
