/*
 * Context figure for secp256k1 public-key recovery: how fast the C reference library
 * (bitcoin-core libsecp256k1, Debian package libsecp256k1-dev) recovers a key on this machine,
 * timed the way RecoveryBenchmark times the SDK and web3j: parse a 64-byte compact signature with
 * its recovery id, recover, serialize the uncompressed public key.
 *
 *   ./run.sh [iterations]
 */
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double seconds_since(const struct timespec *start) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double) (now.tv_sec - start->tv_sec) + (double) (now.tv_nsec - start->tv_nsec) / 1e9;
}

int main(int argc, char **argv) {
  int iterations = argc > 1 ? atoi(argv[1]) : 50000;
  secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
  unsigned char secret[32], digest[32];
  memset(secret, 0x07, sizeof secret);
  memset(digest, 0x09, sizeof digest);

  secp256k1_ecdsa_recoverable_signature signature;
  unsigned char compact[64];
  int recovery_id;
  if (!secp256k1_ecdsa_sign_recoverable(ctx, &signature, digest, secret, NULL, NULL)) {
    return 1;
  }
  secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx, compact, &recovery_id, &signature);

  unsigned char sink = 0;
  for (int round = 0; round < 5; round++) {
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int i = 0; i < iterations; i++) {
      secp256k1_ecdsa_recoverable_signature parsed;
      secp256k1_pubkey key;
      unsigned char out[65];
      size_t out_length = sizeof out;
      if (!secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &parsed, compact, recovery_id)
          || !secp256k1_ecdsa_recover(ctx, &key, &parsed, digest)) {
        return 1;
      }
      secp256k1_ec_pubkey_serialize(ctx, out, &out_length, &key, SECP256K1_EC_UNCOMPRESSED);
      sink ^= out[64];
    }
    printf("round %d: %.0f recoveries/s\n", round + 1, iterations / seconds_since(&start));
  }
  secp256k1_context_destroy(ctx);
  return sink == 0xff ? 2 : 0;
}
