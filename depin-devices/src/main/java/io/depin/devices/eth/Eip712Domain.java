package io.depin.devices.eth;

import io.depin.core.bytes.Hash32;
import io.depin.core.eth.EthAddress;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The EIP-712 domain a device message is signed for: the application's name and version, the
 * EIP-155 chain id and the contract that verifies the message, and an optional salt.
 *
 * <p>A verifier compares the whole domain of every message with the one it expects, so a signature
 * made for one chain or contract never verifies for another.
 *
 * {@snippet :
 * Eip712Domain domain = new Eip712Domain(
 *     "Ether Mail", "1", 1, EthAddress.parse("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"), null);
 * }
 *
 * @param name the application name ({@code string name})
 * @param version the signing domain's version ({@code string version})
 * @param chainId the EIP-155 chain id ({@code uint256 chainId}), not negative
 * @param verifyingContract the contract that verifies the signature ({@code address
 *     verifyingContract})
 * @param salt the disambiguating salt ({@code bytes32 salt}), or {@code null} if the domain has none
 * @since 0.1.0
 */
public record Eip712Domain(
    String name, String version, long chainId, EthAddress verifyingContract, @Nullable Hash32 salt) {

  /** Checks the parts are present and the chain id is not negative. */
  public Eip712Domain {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(verifyingContract, "verifyingContract");
    if (chainId < 0) {
      throw new IllegalArgumentException("a chain id is not negative: " + chainId);
    }
  }
}
