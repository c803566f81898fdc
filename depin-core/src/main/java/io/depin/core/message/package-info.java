/**
 * Domain-separated signed messages: a JSON payload signed for one stated purpose.
 *
 * <p>{@link io.depin.core.message.SignedMessage} signs type tag + RFC 8785 canonical payload +
 * signer, so a signature made for one {@link io.depin.core.message.MessageType} never verifies for
 * another; {@link io.depin.core.message.VerifiedMessage} is what a successful check returns.
 */
@NullMarked
package io.depin.core.message;

import org.jspecify.annotations.NullMarked;
