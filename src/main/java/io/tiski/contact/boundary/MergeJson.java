package io.tiski.contact.boundary;

/** {@code {"mergedId":12}}: the card to merge into the one named in the path. */
public record MergeJson(Long mergedId) {
}
