package io.depin.core.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.bytes.Hash32;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import io.depin.core.crypto.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Ethereum vectors from ethers.js (MIT) and web3j (Apache-2.0); see vectors/ethereum/README.md.
 */
class EthereumVectorsTest {
  private static final JsonNode ETH = Vectors.load("ethereum/eth_eip191_address_vectors.json");

  @Test
  void fromPublicKey_all259EthersAccounts_giveTheChecksummedAddress() {
    JsonNode accounts = Vectors.load("ethereum/ethers_testcases_accounts.json");
    List<String> failures = new ArrayList<>();
    for (JsonNode account : accounts) {
      SigningKey key =
          SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode(account.get("privateKey").asText()));
      String expected = account.get("address").asText();
      EthAddress address = EthAddress.fromPublicKey(key.publicKey());
      if (!address.toChecksumHex().equals(expected) || !EthAddress.parse(expected).equals(address)) {
        failures.add(account.get("name").asText());
      }
    }
    assertThat(accounts.size()).isEqualTo(259);
    assertThat(failures).isEmpty();
  }

  @Test
  void hash_eip191Vectors_matchEthers() {
    List<String> failures = new ArrayList<>();
    for (JsonNode v : ETH.get("eip191_hash_vectors")) {
      Hash32 hash = PersonalMessage.hash(Hex.decode(v.get("message_hex").asText()));
      if (!hash.equals(Hash32.fromHex(v.get("hash").asText()))) {
        failures.add(v.get("name").asText());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void sign_eip191SignVectors_reproduceSignatureAndRecoverAddress() throws CryptoException {
    List<String> failures = new ArrayList<>();
    for (JsonNode v : ETH.get("eip191_sign_vectors")) {
      SigningKey key = SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode(v.get("privateKey").asText()));
      byte[] message = Hex.decode(v.get("message_hex").asText());
      EthAddress expectedAddress = EthAddress.parse(v.get("address").asText());
      if (!PersonalMessage.hash(message).equals(Hash32.fromHex(v.get("messageHash").asText()))) {
        failures.add(v.get("name").asText() + ": hash");
      }
      EthSignature sig = PersonalMessage.sign(key, message);
      if (!sig.toHex().equals(v.get("signature").asText().toLowerCase(Locale.ROOT))) {
        failures.add(v.get("name").asText() + ": signature");
      }
      EthSignature given = EthSignature.fromHex(v.get("signature").asText());
      if (!PersonalMessage.recoverSigner(message, given).equals(expectedAddress)
          || !EthAddress.fromPublicKey(key.publicKey()).equals(expectedAddress)) {
        failures.add(v.get("name").asText() + ": address");
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void recoverAddress_web3jEcrecoverVector_givesExpectedAddress() throws CryptoException {
    JsonNode v = ETH.get("ecrecover_vectors").get(0);
    Hash32 hash = Hash32.fromHex(v.get("messageHash").asText());
    assertThat(PersonalMessage.hash(v.get("message_utf8").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(hash);
    EthAddress recovered = EthSignature.fromHex(v.get("signature").asText()).recoverAddress(hash);
    assertThat(recovered).isEqualTo(EthAddress.parse(v.get("expected_address").asText()));
  }

  @Test
  void fromPublicKey_addressVectors_matchIncludingLeadingZero() {
    for (JsonNode v : ETH.get("address_vectors")) {
      if (!v.has("publicKey_xy")) {
        continue;
      }
      PublicKey key =
          PublicKey.fromRaw(KeyType.SECP256K1, Hex.decode("04" + v.get("publicKey_xy").asText().substring(2)));
      EthAddress address = EthAddress.fromPublicKey(key);
      assertThat(address.toLowerHex()).isEqualTo(v.get("address").asText());
      if (v.has("address_checksummed")) {
        assertThat(address.toChecksumHex()).isEqualTo(v.get("address_checksummed").asText());
      }
      if (v.has("privateKey")) {
        SigningKey sk = SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode(v.get("privateKey").asText()));
        assertThat(sk.publicKey()).isEqualTo(key);
      }
    }
  }

  @Test
  void toChecksumHex_eip55Vectors_matchWeb3j() {
    List<String> failures = new ArrayList<>();
    for (JsonNode v : ETH.get("eip55_checksum_vectors")) {
      String input = v.get("input").asText();
      String expected = v.get("checksummed").asText();
      EthAddress fromLower = EthAddress.parse(input.toLowerCase(Locale.ROOT).replace("0X", "0x"));
      if (!fromLower.toChecksumHex().equals(expected) || !EthAddress.parse(expected).equals(fromLower)) {
        failures.add(input);
      }
    }
    assertThat(failures).isEmpty();
  }
}
