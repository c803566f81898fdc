package io.depin.devices.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.devices.onboarding.OnboardingRequest;
import java.util.Arrays;

/**
 * Fuzzes {@link OnboardingRequest#fromJson(byte[])}: it returns a request whose JSON form parses
 * back to an equal request, or throws {@link DecodingException}.
 */
class OnboardingRequestFuzzTest {
  @FuzzTest
  void fromJson_anyBytes_roundTripsOrThrowsDecodingException(byte[] input) {
    OnboardingRequest request;
    try {
      request = OnboardingRequest.fromJson(input);
    } catch (DecodingException expected) {
      return;
    }
    byte[] json = request.toJsonBytes();
    if (!OnboardingRequest.fromJson(json).equals(request)
        || !Arrays.equals(OnboardingRequest.fromJson(json).toJsonBytes(), json)) {
      throw new AssertionError("onboarding request did not round-trip");
    }
  }
}
