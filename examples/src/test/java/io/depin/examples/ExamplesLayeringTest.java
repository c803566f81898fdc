package io.depin.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.depin.examples.coverage.WirelessCoverageEpoch;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The examples are what developers copy, so they use only the SDK's public API: no class of an
 * {@code .internal} package. (depin-testkit's {@code LayeringTest} guards the library modules; the
 * examples are not on its class path, and no library module can depend on them, since nothing
 * depends on this module.)
 */
class ExamplesLayeringTest {
  @Test
  void examples_useNoSdkInternals() throws Exception {
    // only this module's main classes, read from their directory (no class-path scan)
    Path mainClasses = Path.of(
        WirelessCoverageEpoch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaClasses examples = new ClassFileImporter().importPath(mainClasses);

    noClasses()
        .should().dependOnClassesThat().resideInAPackage("io.depin..internal..")
        .check(examples);
  }
}
