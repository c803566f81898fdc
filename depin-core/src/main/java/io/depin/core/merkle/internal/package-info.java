/**
 * Implementation of {@link io.depin.core.merkle}: Solidity type parsing and value checking, with the
 * bytes written by web3j's ABI encoder (column by column for rows of static scalars), the flat
 * sorted-pair tree, hash sorting and the dump codec; not API.
 */
@NullMarked
package io.depin.core.merkle.internal;

import org.jspecify.annotations.NullMarked;
