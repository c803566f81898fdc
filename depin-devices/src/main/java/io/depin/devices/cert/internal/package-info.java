/**
 * Implementation of maker certificates on BouncyCastle's ASN.1 and PKIX classes. Not API: nothing
 * here is stable, and no type from here appears in a public signature.
 */
@NullMarked
package io.depin.devices.cert.internal;

import org.jspecify.annotations.NullMarked;
