/**
 * Implementation details of onboarding and the registry: the length-prefixed signing input and the
 * strict JSON helpers. Not API; may change without notice.
 */
@NullMarked
package io.depin.devices.onboarding.internal;

import org.jspecify.annotations.NullMarked;
