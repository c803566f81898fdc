package io.depin.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import java.security.SecureRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonFieldsTest {
  @ParameterizedTest
  @EnumSource(KeyType.class)
  void putKeyThenKey_roundTrips(KeyType type) {
    PublicKey key = SigningKey.generate(type, new SecureRandom()).publicKey();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    JsonFields.putKey(root, "device", key);

    assertThat(JsonFields.key(CanonicalJson.parse(CanonicalJson.canonicalize(root)), "device")).isEqualTo(key);
    assertThat(JsonFields.keyTypeNamed(JsonFields.keyTypeName(type))).isEqualTo(type);
  }

  @Test
  void readers_badMembers_throwTypedReasons() {
    JsonNode node = CanonicalJson.parse("{\"a\":\"x\",\"n\":1.5,\"h\":\"abcd\",\"big\":9007199254740992}", 1024, 8);
    assertReason(() -> JsonFields.requireMembers(node, Set.of("a"), "thing"), Reason.MALFORMED);
    assertReason(() -> JsonFields.requireMembers(node, Set.of("a", "n", "h", "big", "z"), "thing"), Reason.MALFORMED);
    assertReason(() -> JsonFields.text(node, "n"), Reason.MALFORMED);
    assertReason(() -> JsonFields.safeInteger(node, "n"), Reason.INVALID_VALUE);
    assertReason(() -> JsonFields.safeInteger(node, "big"), Reason.INVALID_VALUE);
    assertReason(() -> JsonFields.hex(node, "h", 4), Reason.MALFORMED);
    assertReason(() -> JsonFields.keyTypeNamed("rsa"), Reason.UNSUPPORTED_FORMAT);
    assertThat(JsonFields.text(node, "a")).isEqualTo("x");
  }

  private static void assertReason(Executable call, Reason reason) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
