/** Implementation details of the command line: atomic, owner-only file writes. Not API. */
@NullMarked
package io.depin.cli.internal;

import org.jspecify.annotations.NullMarked;
