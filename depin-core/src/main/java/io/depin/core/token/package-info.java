/**
 * Exact token amounts: a {@link io.depin.core.token.Token} (symbol and decimals) and a {@link
 * io.depin.core.token.TokenAmount} in integer base units, where every division names its rounding.
 */
@NullMarked
package io.depin.core.token;

import org.jspecify.annotations.NullMarked;
