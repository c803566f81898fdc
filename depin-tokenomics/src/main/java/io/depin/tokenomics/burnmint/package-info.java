/**
 * Burn-and-mint: credits sold at a fixed fiat price and paid for by burning tokens at an oracle
 * price with a confidence haircut (Helium's data credits), the inverse conversion, a per-epoch
 * re-mint cap (Render and Hivemapper style burn-and-mint equilibrium), and an exponential moving
 * average of burns as a signal. All conversions are exact and round against the buyer.
 */
@NullMarked
package io.depin.tokenomics.burnmint;

import org.jspecify.annotations.NullMarked;
