/**
 * Text identifiers for device keys: W3C {@code did:key} ({@link io.depin.devices.did.DidKey}) and
 * Helium's Base58Check key strings ({@link io.depin.devices.did.HeliumKey}).
 *
 * <p>Every parser here is strict and rejects malformed input with {@link
 * io.depin.core.DecodingException}.
 */
@NullMarked
package io.depin.devices.did;

import org.jspecify.annotations.NullMarked;
