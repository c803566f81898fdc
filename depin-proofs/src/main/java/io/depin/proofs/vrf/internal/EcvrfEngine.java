package io.depin.proofs.vrf.internal;

import io.depin.proofs.vrf.VrfException;

/** The RFC 9381 algorithms of one ECVRF suite, on raw byte strings. */
public interface EcvrfEngine {
  /**
   * Computes a proof (RFC 9381 §5.1).
   *
   * @param secret the raw secret, already validated by the caller
   * @param alpha the input
   * @return the proof {@code pi}
   */
  byte[] prove(byte[] secret, byte[] alpha);

  /**
   * Computes {@code beta} from a proof without verifying it (RFC 9381 §5.2).
   *
   * @param pi the proof, of the suite's length (the caller checks it)
   * @return the output
   * @throws VrfException if {@code Gamma} or {@code s} is invalid
   */
  byte[] proofToHash(byte[] pi) throws VrfException;

  /**
   * Verifies a proof (RFC 9381 §5.3, always with {@code validate_key}).
   *
   * @param pk the public key encoding
   * @param pi the proof, of the suite's length (the caller checks it)
   * @param alpha the input
   * @return the output {@code beta}
   * @throws VrfException if the key or the proof is invalid
   */
  byte[] verify(byte[] pk, byte[] pi, byte[] alpha) throws VrfException;
}
