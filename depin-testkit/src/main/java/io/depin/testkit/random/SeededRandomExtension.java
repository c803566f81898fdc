package io.depin.testkit.random;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link SeededRandom}: resolves randomness parameters from one
 * {@link DeterministicRandom} per test and attaches a {@link SeedReport} to failures.
 *
 * <p>Use it through the annotation, or register it directly when a test class already has its own
 * extension list:
 *
 * {@snippet :
 * @ExtendWith(SeededRandomExtension.class)
 * class FleetTest {
 *   @Test
 *   void onboard_randomSerials_allAccepted(DeterministicRandom rng) {
 *     DeterministicRandom perDevice = rng.derive("device-1");
 *     // ...
 *   }
 * }
 * }
 *
 * <p>The seed rules are those of {@link SeededRandom}. Each test method invocation (each repetition
 * of a {@code @RepeatedTest}, each case of a {@code @ParameterizedTest}) gets its own generator;
 * {@code @BeforeEach} and {@code @AfterEach} methods share the generator of the test they
 * surround. jqwik properties are not JUnit Jupiter tests and do not use this extension; jqwik
 * reports and reruns its own seeds.
 *
 * @since 0.1.0
 */
public final class SeededRandomExtension
    implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {
  /**
   * The name of the system property, JUnit configuration parameter and report entry that carry the
   * seed.
   */
  public static final String SEED_PROPERTY = "depin.seed";

  private static final Namespace NAMESPACE = Namespace.create(SeededRandomExtension.class);
  private static final Set<Class<?>> SUPPORTED =
      Set.of(DeterministicRandom.class, RandomGenerator.class, Random.class, SecureRandom.class);

  /** Creates the extension; JUnit does this when it meets {@link SeededRandom}. */
  public SeededRandomExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return SUPPORTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    DeterministicRandom generator = generatorFor(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == SecureRandom.class) {
      return generator.asSecureRandom();
    }
    if (type == Random.class) {
      return Random.from(generator);
    }
    return generator;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withSeed(context, failure);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withSeed(context, failure);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withSeed(context, failure);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withSeed(context, failure);
  }

  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withSeed(context, failure);
  }

  private static DeterministicRandom generatorFor(ExtensionContext context) {
    // Keyed by the context's own id: the store also answers from parent contexts, and a test must
    // never pick up its class's @BeforeAll generator.
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            context.getUniqueId(), id -> newGenerator(context), DeterministicRandom.class);
  }

  private static DeterministicRandom newGenerator(ExtensionContext context) {
    DeterministicRandom generator =
        configuredSeed(context)
            .map(DeterministicRandom::ofSeed)
            .orElseGet(DeterministicRandom::withFreshSeed);
    context.publishReportEntry(SEED_PROPERTY, Seeds.format(generator.seed()));
    return generator;
  }

  private static Optional<Long> configuredSeed(ExtensionContext context) {
    Optional<String> configured =
        context.getConfigurationParameter(SEED_PROPERTY).filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      return configured.map(Seeds::parse);
    }
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      Optional<AnnotatedElement> element = c.getElement();
      if (element.isPresent()) {
        Optional<String> pinned =
            AnnotationSupport.findAnnotation(element.get(), SeededRandom.class)
                .map(SeededRandom::seed)
                .filter(s -> !s.isBlank());
        if (pinned.isPresent()) {
          return pinned.map(Seeds::parse);
        }
      }
    }
    return Optional.empty();
  }

  private static Throwable withSeed(ExtensionContext context, Throwable failure) {
    @Nullable DeterministicRandom generator =
        context.getStore(NAMESPACE).get(context.getUniqueId(), DeterministicRandom.class);
    if (generator != null) {
      failure.addSuppressed(new SeedReport(generator.seed(), selector(context)));
    }
    return failure;
  }

  private static String selector(ExtensionContext context) {
    String className = context.getRequiredTestClass().getName();
    return context.getTestMethod().map(Method::getName).map(m -> className + "#" + m).orElse(className);
  }
}
