/**
 * Configuration files (YAML schedules, policies and scenarios): {@link
 * io.depin.tokenomics.config.ConfigException} names the key and line of every fault.
 */
@NullMarked
package io.depin.tokenomics.config;

import org.jspecify.annotations.NullMarked;
