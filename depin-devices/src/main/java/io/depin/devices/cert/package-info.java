/**
 * Maker certificates: a maker's CA ({@link io.depin.devices.cert.MakerAuthority}) issues X.509
 * device certificates from device keys or PKCS#10 requests ({@link
 * io.depin.devices.cert.DeviceCsr}), and {@link io.depin.devices.cert.CertificateValidator} checks
 * that a device certificate chains to a maker's CA.
 *
 * <p>Certificates are signed through {@link io.depin.core.crypto.Signer}, so maker keys may live
 * in hardware. No BouncyCastle type appears in this package's API.
 */
@NullMarked
package io.depin.devices.cert;

import org.jspecify.annotations.NullMarked;
