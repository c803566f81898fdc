package io.depin.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.json.CanonicalJson;
import io.depin.core.merkle.StandardMerkleTree;
import io.depin.core.message.MessageType;
import io.depin.core.message.SignedMessage;
import io.depin.core.message.VerifiedMessage;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The developer quickstart of the root README.md. The block between the BEGIN and END markers is
 * copied into the README verbatim; change both together.
 */
class ReadmeQuickstartTest {

  @Test
  void quickstart_signVerifyAndBuildClaimRoot_allSucceed() throws CryptoException {
    // BEGIN README QUICKSTART
    SigningKey deviceKey = SigningKey.generate(KeyType.ED25519, new SecureRandom());
    MessageType uptime = MessageType.of("io.example.uptime-report/v1");
    JsonNode report = CanonicalJson.parse("{\"device\":\"d-42\",\"hours\":24}".getBytes(UTF_8));
    String wire = SignedMessage.sign(uptime, report, deviceKey).toJson();
    VerifiedMessage received = SignedMessage.fromJson(wire).verify(uptime, deviceKey.publicKey());
    Token iot = new Token("IOT", 6);
    StandardMerkleTree claims = StandardMerkleTree.of(List.of("address", "uint256"), List.of(
        List.of("0x1111111111111111111111111111111111111111", TokenAmount.parse("12.5", iot).baseUnits()),
        List.of("0x2222222222222222222222222222222222222222", TokenAmount.parse("7", iot).baseUnits())));
    Hash32 root = claims.root(); // publish on chain; claimant i gets claims.getProof(i)
    // END README QUICKSTART

    assertThat(received.type()).isEqualTo(uptime);
    assertThat(received.signer()).isEqualTo(deviceKey.publicKey());
    assertThat(received.payload().get("hours").asInt()).isEqualTo(24);
    assertThat(received.payload().get("device").asText()).isEqualTo("d-42");

    MessageType other = MessageType.of("io.example.coverage-report/v1");
    assertThatExceptionOfType(CryptoException.class)
        .isThrownBy(() -> SignedMessage.fromJson(wire).verify(other))
        .satisfies(e -> assertThat(e.code()).isEqualTo(CryptoException.Code.WRONG_MESSAGE_TYPE));

    assertThat(claims.size()).isEqualTo(2);
    assertThat(claims.values().get(0).get(1)).isEqualTo(BigInteger.valueOf(12_500_000));
    for (int i = 0; i < claims.size(); i++) {
      assertThat(
              StandardMerkleTree.verify(
                  root, claims.leafEncoding(), claims.values().get(i), claims.getProof(i)))
          .isTrue();
    }
    assertThat(
            StandardMerkleTree.verify(
                root,
                claims.leafEncoding(),
                List.of("0x1111111111111111111111111111111111111111", BigInteger.valueOf(13_000_000)),
                claims.getProof(0)))
        .isFalse();
  }
}
