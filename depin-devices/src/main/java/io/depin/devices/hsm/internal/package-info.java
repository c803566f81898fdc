/**
 * Implementation of {@link io.depin.devices.hsm}: the SunPKCS11 configuration text, the certificate
 * that names a key in a PKCS#11 key store, and the low-S form of secp256k1 signatures. Not API.
 */
@NullMarked
package io.depin.devices.hsm.internal;

import org.jspecify.annotations.NullMarked;
