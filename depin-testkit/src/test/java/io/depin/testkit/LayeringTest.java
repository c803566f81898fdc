package io.depin.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the module layering of DESIGN.md: {@code core <- devices <- proofs}, {@code core <-
 * tokenomics}, and nothing in a library jar depends on the test kit or the command line. The test
 * kit depends on every library module, so all of them are on this test's class path.
 */
class LayeringTest {
  private static JavaClasses sdk;

  @BeforeAll
  static void importSdk() {
    sdk =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.depin");
  }

  @Test
  void core_dependsOnNoOtherSdkModule() {
    noClasses()
        .that().resideInAPackage("io.depin.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.depin.devices..", "io.depin.proofs..", "io.depin.tokenomics..",
            "io.depin.testkit..", "io.depin.cli..")
        .allowEmptyShould(true)
        .check(sdk);
  }

  @Test
  void devices_dependsOnlyOnCore() {
    noClasses()
        .that().resideInAPackage("io.depin.devices..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.depin.proofs..", "io.depin.tokenomics..", "io.depin.testkit..", "io.depin.cli..")
        .allowEmptyShould(true)
        .check(sdk);
  }

  @Test
  void proofs_doNotDependOnTokenomics() {
    noClasses()
        .that().resideInAPackage("io.depin.proofs..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.depin.tokenomics..", "io.depin.testkit..", "io.depin.cli..")
        .allowEmptyShould(true)
        .check(sdk);
  }

  @Test
  void tokenomics_doesNotDependOnDevicesOrProofs() {
    noClasses()
        .that().resideInAPackage("io.depin.tokenomics..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.depin.devices..", "io.depin.proofs..", "io.depin.testkit..", "io.depin.cli..")
        .allowEmptyShould(true)
        .check(sdk);
  }

  @Test
  void internals_areUsedOnlyInsideTheirOwnModule() {
    for (String module : new String[] {"core", "devices", "proofs", "tokenomics", "testkit"}) {
      noClasses()
          .that().resideOutsideOfPackage("io.depin." + module + "..")
          .and().resideInAPackage("io.depin.(core|devices|proofs|tokenomics|testkit)..")
          .should().dependOnClassesThat().resideInAPackage("io.depin." + module + "..internal..")
          .allowEmptyShould(true)
          .check(sdk);
    }
  }

  @Test
  void publicApi_exposesNoBouncyCastleOrWeb3jTypes() {
    methods()
        .that().areDeclaredInClassesThat(publicApiClasses())
        .and().arePublic()
        .should(notMentionThirdPartyTypes())
        .allowEmptyShould(true)
        .check(sdk);
  }

  private static DescribedPredicate<JavaClass> publicApiClasses() {
    return DescribedPredicate.describe(
        "public classes outside .internal packages",
        c -> c.getModifiers().contains(JavaModifier.PUBLIC)
            && !c.getPackageName().contains(".internal")
            && !c.getPackageName().startsWith("io.depin.cli"));
  }

  private static ArchCondition<JavaMethod> notMentionThirdPartyTypes() {
    return new ArchCondition<>("not mention BouncyCastle or web3j types in their signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        var mentioned = new java.util.ArrayList<JavaClass>(method.getRawParameterTypes());
        mentioned.add(method.getRawReturnType());
        for (JavaClass type : mentioned) {
          String name = type.getName();
          if (name.startsWith("org.bouncycastle.") || name.startsWith("org.web3j.")) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + name));
          }
        }
      }
    };
  }
}
