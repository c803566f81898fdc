/**
 * Device provisioning for hardware vendors: a maker's key and CA certificate on disk ({@link
 * io.depin.cli.devices.MakerDirectory}), batches of device bundles with a manifest that a network
 * imports ({@link io.depin.cli.devices.Provisioner}), and the check of such a manifest ({@link
 * io.depin.cli.devices.ManifestVerifier}).
 */
@NullMarked
package io.depin.cli.devices;

import org.jspecify.annotations.NullMarked;
