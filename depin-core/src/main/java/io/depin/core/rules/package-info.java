/**
 * Rules versioned by the instant they take effect. Networks change thresholds, tables and reward
 * policies by governance; {@link io.depin.core.rules.RuleBook} keeps every version so that proofs
 * and rewards are judged by the rules in force at their own time.
 */
@NullMarked
package io.depin.core.rules;

import org.jspecify.annotations.NullMarked;
