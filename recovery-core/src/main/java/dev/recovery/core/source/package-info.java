/**
 * Where every decision comes from: a {@link dev.recovery.core.source.Reason} names the rule that
 * fired, says what it means in plain words and cites a {@link dev.recovery.core.source.Source} (authors,
 * year and title); {@link dev.recovery.core.source.Sources} lists every source the library cites.
 *
 * @since 0.1.0
 */
package dev.recovery.core.source;
