package io.depin.devices.hsm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class LowSTest {
  /** The order of secp256k1 (SEC 2 v2, section 2.4.1). */
  private static final BigInteger N =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

  @Property
  void secp256k1_anyS_returnsLowSOfSameClassAndKeepsR(@ForAll @Size(64) byte[] rs) {
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(rs, 32, 64)).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    byte[] in = rs.clone();
    byte[] sBytes = s.toByteArray();
    Arrays.fill(in, 32, 64, (byte) 0);
    int len = Math.min(sBytes.length, 32);
    System.arraycopy(sBytes, sBytes.length - len, in, 64 - len, len);

    byte[] out = LowS.secp256k1(in);
    BigInteger outS = new BigInteger(1, Arrays.copyOfRange(out, 32, 64));

    assertThat(Arrays.copyOfRange(out, 0, 32)).isEqualTo(Arrays.copyOfRange(in, 0, 32));
    assertThat(outS.compareTo(N.shiftRight(1))).isLessThanOrEqualTo(0);
    assertThat(outS.equals(s) || outS.equals(N.subtract(s))).isTrue();
  }
}
