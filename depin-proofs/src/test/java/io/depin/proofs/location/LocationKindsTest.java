package io.depin.proofs.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.geo.GeoPoint;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LocationKindsTest {
  private static final RuleBook<LocationRules> RULES =
      RuleBook.startingAt(Instant.EPOCH, LocationRules.indoorHotspotExample());
  private static final LocationClaimKind CLAIMS = new LocationClaimKind(RULES);
  private static final RangingResponseKind RANGING = new RangingResponseKind(RULES);

  @Test
  void claim_encodeDecode_roundTripsCanonically() {
    LocationClaim claim = new LocationClaim(GeoPoint.of(48.8566, 2.3522), 15);
    byte[] wire = CanonicalJson.canonicalize(CLAIMS.encode(claim));
    assertThat(new String(wire, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"accuracyMeters\":15,\"latitude\":48.8566,\"longitude\":2.3522}");
    assertThat(CLAIMS.decode(CanonicalJson.parse(wire))).isEqualTo(claim);
  }

  @Test
  void claim_negativeZero_isStoredAsZeroAndRoundTrips() {
    LocationClaim claim = new LocationClaim(GeoPoint.of(-0.0, -0.0), 1);
    assertThat(claim.position()).isEqualTo(GeoPoint.of(0.0, 0.0));
    assertThat(CLAIMS.decode(CanonicalJson.parse(CanonicalJson.canonicalize(CLAIMS.encode(claim)))))
        .isEqualTo(claim);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"accuracyMeters\":15,\"latitude\":48.8}|MALFORMED",
      "{\"accuracyMeters\":15,\"latitude\":48.8,\"longitude\":2,\"x\":1}|MALFORMED",
      "{\"accuracyMeters\":15,\"latitude\":\"48.8\",\"longitude\":2}|MALFORMED",
      "{\"accuracyMeters\":15,\"latitude\":91,\"longitude\":2}|INVALID_VALUE",
      "{\"accuracyMeters\":15,\"latitude\":9,\"longitude\":-180.5}|INVALID_VALUE",
      "{\"accuracyMeters\":-1,\"latitude\":9,\"longitude\":2}|INVALID_VALUE",
      "{\"accuracyMeters\":1.5,\"latitude\":9,\"longitude\":2}|INVALID_VALUE",
      "{\"accuracyMeters\":1000001,\"latitude\":9,\"longitude\":2}|INVALID_VALUE",
      "[]|MALFORMED"})
  void claim_decodeMalformed_throwsTypedDecodingException(String json, Reason reason) {
    assertThatThrownBy(() -> CLAIMS.decode(CanonicalJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void ranging_encodeDecode_roundTrips() {
    RangingResponse response = new RangingResponse(Bytes.of(new byte[16]), GeoPoint.of(1, 2));
    assertThat(RANGING.decode(CanonicalJson.parse(CanonicalJson.canonicalize(RANGING.encode(response)))))
        .isEqualTo(response);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"latitude\":1,\"longitude\":2,\"nonce\":\"0x0001\"}|WRONG_LENGTH",
      "{\"latitude\":1,\"longitude\":2,\"nonce\":\"000102030405060708090a0b0c0d0e0f\"}|MALFORMED",
      "{\"latitude\":1,\"longitude\":2,\"nonce\":\"0x000102030405060708090a0b0c0d0e0f00\"}|TOO_LONG",
      "{\"latitude\":1,\"longitude\":2,\"nonce\":\"0x0g0102030405060708090a0b0c0d0e0f\"}|INVALID_CHARACTER",
      "{\"latitude\":1,\"nonce\":\"0x000102030405060708090a0b0c0d0e0f\"}|MALFORMED"})
  void ranging_decodeMalformed_throwsTypedDecodingException(String json, Reason reason) {
    assertThatThrownBy(() -> RANGING.decode(CanonicalJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void trustTable_hip119Indoor_mapsBandsInclusively() {
    TrustTable table = TrustTable.hip119IndoorWifi();
    assertThat(table.multiplierFor(0)).isEqualByComparingTo("1");
    assertThat(table.multiplierFor(200)).isEqualByComparingTo("1");
    assertThat(table.multiplierFor(200.5)).isEqualByComparingTo("0.25");
    assertThat(table.multiplierFor(300)).isEqualByComparingTo("0.25");
    assertThat(table.multiplierFor(300.1)).isEqualByComparingTo("0");
    assertThat(TrustTable.hip119OutdoorWifi().multiplierFor(76)).isEqualByComparingTo("0.25");
  }

  @Test
  void trustTable_invalid_throws() {
    assertThatThrownBy(() -> TrustTable.builder().upTo(10, BigDecimal.ONE).upTo(10, BigDecimal.ONE)
        .beyond(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustTable.builder().beyond(new BigDecimal("1.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustTable.hip119IndoorWifi().multiplierFor(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maxDistance_isHalfTheLightPathAfterTheAllowance() {
    // 2 ms of flight: light covers 599,584.916 m there and back, so 299,792.458 m one way
    assertThat(DistanceBounding.maxDistanceMeters(Duration.ofMillis(3), Duration.ofMillis(1)))
        .isCloseTo(299_792.458, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(DistanceBounding.maxDistanceMeters(Duration.ofMillis(1), Duration.ofMillis(2)))
        .isZero();
    assertThatThrownBy(() -> DistanceBounding.maxDistanceMeters(Duration.ofMillis(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rules_invalid_throw() {
    TrustTable t = TrustTable.hip119IndoorWifi();
    assertThatThrownBy(() -> new LocationRules(0, 10, t, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LocationRules(Double.NaN, 10, t, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LocationRules(1, 10, t, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
