package io.tiski.organisation.control;

/** The first-run setup made the first organisation; its token is void once this commits. */
public record FirstRunDone() {
}
