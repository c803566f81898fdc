package io.depin.cli.devices;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Provisioner} run did.
 *
 * {@snippet :
 * ProvisioningReport report = provisioner.generate(KeyType.P256, 1000);
 * System.out.println(report.created() + " new, " + report.kept() + " kept");
 * }
 *
 * @param created bundles written by this run
 * @param kept complete bundles from an earlier run, kept as they were
 * @param cleaned temporary files (incomplete bundles, a half-written manifest) from an interrupted
 *     run, deleted
 * @param rejected one message per request that was not provisioned (a malformed CSR, a duplicate
 *     device), empty when all were
 * @param manifest the manifest file, listing every complete bundle of the batch
 * @since 0.1.0
 */
public record ProvisioningReport(int created, int kept, int cleaned, List<String> rejected, Path manifest) {
  /** Validates and copies the components. */
  public ProvisioningReport {
    if (created < 0 || kept < 0 || cleaned < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
    rejected = List.copyOf(rejected);
    Objects.requireNonNull(manifest, "manifest");
  }

  /** {@return how many devices the manifest lists} */
  public int devices() {
    return created + kept;
  }
}
