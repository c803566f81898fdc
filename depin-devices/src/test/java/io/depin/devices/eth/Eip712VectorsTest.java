package io.depin.devices.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.bytes.Hash32;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.core.eth.EthSignature;
import io.depin.devices.eth.DeviceMessageException.Code;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Eip712VectorsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final BigInteger N =
      new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

  static JsonNode resource(String path) throws IOException {
    try (InputStream in = Eip712VectorsTest.class.getResourceAsStream(path)) {
      return JSON.readTree(in);
    }
  }

  static JsonNode mail() throws IOException {
    return resource("/vectors/eip712/eip712_mail_example.json");
  }

  static Eip712Message mailMessage() throws IOException {
    return Eip712Message.parse(mail().get("typedData").toString());
  }

  @Test
  void parse_mailExample_matchesEveryHashAndTheCowSignature() throws IOException {
    JsonNode v = mail();
    JsonNode expected = v.get("expected");
    Eip712Message message = mailMessage();
    List<String> failures = new ArrayList<>();
    check(failures, "domainSeparator", message.domainSeparator(), expected.get("domainSeparator"));
    check(failures, "hashStruct_Mail", message.hashStruct(), expected.get("hashStruct_Mail"));
    check(failures, "digest", message.digest(), expected.get("digest_signHash"));
    SigningKey cow = SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode(v.get("privateKey").asText()));
    EthSignature signature = message.sign(cow);
    if (!signature.equals(EthSignature.fromHex(expected.get("signature").get("rsv_65_bytes").asText()))) {
      failures.add("signature");
    }
    assertThat(failures).isEmpty();
    assertThat(message.domain())
        .isEqualTo(new Eip712Domain("Ether Mail", "1", 1, EthAddress.parse("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"), null));
  }

  @Test
  void verify_mailExampleCowSignature_returnsCow() throws Exception {
    JsonNode v = mail();
    Eip712Message message = mailMessage();
    EthSignature signature = EthSignature.fromHex(v.get("expected").get("signature").get("rsv_65_bytes").asText());
    VerifiedEip712Message ok =
        Eip712Verifier.ignoringNonces(message.domain()).verify(message, signature, EthAddress.parse(v.get("address").asText()));
    assertThat(ok.signer()).isEqualTo(EthAddress.parse(v.get("address_checksummed").asText()));
  }

  @Test
  void verify_historicalHttpOriginSignature_throwsUnexpectedSigner() throws Exception {
    JsonNode v = mail();
    JsonNode historical = v.get("historical_variant_httpOrigin");
    Eip712Message message = mailMessage();
    assertThat(message.domainSeparator().toHex()).isNotEqualTo(historical.get("domainSeparator").asText());
    JsonNode sig = historical.get("signature");
    byte[] rsv = Hex.decode(sig.get("r").asText() + sig.get("s").asText() + Integer.toHexString(sig.get("v").asInt()));
    EthSignature signature = EthSignature.of(rsv);
    EthAddress cow = EthAddress.parse(v.get("address").asText());
    // The historical signature is cow's over the historical digest, so it recovers to cow there.
    assertThat(signature.recoverAddress(Hash32.fromHex(historical.get("digest").asText()))).isEqualTo(cow);
    assertThatThrownBy(() -> Eip712Verifier.ignoringNonces(message.domain()).verify(message, signature, cow))
        .isInstanceOfSatisfying(DeviceMessageException.class, e -> assertThat(e.code()).isEqualTo(Code.UNEXPECTED_SIGNER));
  }

  @Test
  void verify_highS_throwsSignatureMalleable() throws Exception {
    JsonNode v = mail();
    Eip712Message message = mailMessage();
    byte[] rsv = Hex.decode(v.get("expected").get("signature").get("rsv_65_bytes").asText());
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(rsv, 32, 64));
    byte[] highS = N.subtract(s).toByteArray();
    byte[] flipped = rsv.clone();
    Arrays.fill(flipped, 32, 64, (byte) 0);
    System.arraycopy(highS, Math.max(0, highS.length - 32), flipped, 64 - Math.min(32, highS.length), Math.min(32, highS.length));
    flipped[64] = (byte) (rsv[64] == 27 ? 28 : 27);
    assertThatThrownBy(() -> Eip712Verifier.ignoringNonces(message.domain())
            .verify(message, EthSignature.of(flipped), EthAddress.parse(v.get("address").asText())))
        .isInstanceOfSatisfying(DeviceMessageException.class, e -> assertThat(e.code()).isEqualTo(Code.SIGNATURE_MALLEABLE));
  }

  @Test
  void verify_otherChainId_throwsChainIdMismatch() throws Exception {
    Eip712Message message = mailMessage();
    Eip712Domain d = message.domain();
    Eip712Domain expected = new Eip712Domain(d.name(), d.version(), 5, d.verifyingContract(), null);
    assertCode(expected, message, Code.CHAIN_ID_MISMATCH);
  }

  @Test
  void verify_otherContract_throwsVerifyingContractMismatch() throws Exception {
    Eip712Message message = mailMessage();
    Eip712Domain d = message.domain();
    Eip712Domain expected = new Eip712Domain(d.name(), d.version(), d.chainId(), EthAddress.of(new byte[20]), null);
    assertCode(expected, message, Code.VERIFYING_CONTRACT_MISMATCH);
  }

  @Test
  void verify_otherName_throwsDomainMismatch() throws Exception {
    Eip712Message message = mailMessage();
    Eip712Domain d = message.domain();
    Eip712Domain expected = new Eip712Domain("Other", d.version(), d.chainId(), d.verifyingContract(), null);
    assertCode(expected, message, Code.DOMAIN_MISMATCH);
  }

  @Test
  void parse_web3jMyDappVector_matchesHashesAndSignature() throws Exception {
    JsonNode v = resource("/vectors/ethereum/eth_eip191_address_vectors.json").get("eip712_extra").get(0);
    Eip712Message message = Eip712Message.parse(v.get("typedData").toString());
    List<String> failures = new ArrayList<>();
    check(failures, "domainSeparator", message.domainSeparator(), v.get("domainSeparator"));
    check(failures, "hashStruct", message.hashStruct(), v.get("hashStruct"));
    check(failures, "digest", message.digest(), v.get("digest"));
    SigningKey key = SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode(v.get("privateKey").asText()));
    EthSignature expected = EthSignature.fromHex(v.get("signature").asText());
    if (!message.sign(key).equals(expected)) {
      failures.add("signature");
    }
    assertThat(failures).isEmpty();
    EthAddress signer = EthAddress.fromPublicKey(key.publicKey());
    assertThat(Eip712Verifier.ignoringNonces(message.domain()).verify(message, expected, signer).signer()).isEqualTo(signer);
  }

  @Test
  void parse_chainIdAsDecimalString_hashesAsNumber() throws IOException {
    ObjectNode typed = (ObjectNode) mail().get("typedData");
    ((ObjectNode) typed.get("domain")).put("chainId", "1");
    assertThat(Eip712Message.parse(typed.toString()).digest()).isEqualTo(mailMessage().digest());
  }

  private static void assertCode(Eip712Domain expected, Eip712Message message, Code code) throws IOException {
    JsonNode v = mail();
    EthSignature signature = EthSignature.fromHex(v.get("expected").get("signature").get("rsv_65_bytes").asText());
    assertThatThrownBy(() -> Eip712Verifier.ignoringNonces(expected).verify(message, signature, EthAddress.parse(v.get("address").asText())))
        .isInstanceOfSatisfying(DeviceMessageException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private static void check(List<String> failures, String name, Hash32 actual, JsonNode expected) {
    if (!actual.equals(Hash32.fromHex(expected.asText().startsWith("0x") ? expected.asText() : "0x" + expected.asText()))) {
      failures.add(name + ": " + actual);
    }
  }
}
