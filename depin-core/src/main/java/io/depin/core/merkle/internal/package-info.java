/**
 * Implementation of {@link io.depin.core.merkle}: Solidity value encoding (web3j's ABI encoder plus a
 * fast path for static types), the flat sorted-pair tree, hash sorting and the dump codec; not API.
 */
@NullMarked
package io.depin.core.merkle.internal;

import org.jspecify.annotations.NullMarked;
