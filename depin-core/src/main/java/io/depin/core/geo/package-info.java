/**
 * Geographic basics shared by proof kinds: a validated WGS84 {@link io.depin.core.geo.GeoPoint} and
 * great-circle distances on a spherical Earth.
 */
@NullMarked
package io.depin.core.geo;

import org.jspecify.annotations.NullMarked;
