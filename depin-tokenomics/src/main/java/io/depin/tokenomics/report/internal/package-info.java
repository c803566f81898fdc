/**
 * Implementation of the report writer: chart rendering (XChart, headless), HTML, CSV and JSON
 * serialisation, and atomic file writes. Not API.
 */
@NullMarked
package io.depin.tokenomics.report.internal;

import org.jspecify.annotations.NullMarked;
