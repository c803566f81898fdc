/**
 * The consumer program as a named module: compiling and running it on the module path proves that
 * the SDK's jars have stable module names (Automatic-Module-Name in their manifests).
 */
module org.example.depin.consumer {
  requires io.depin.core;
  requires io.depin.devices;
  requires io.depin.proofs;
  requires io.depin.tokenomics;
}
