package io.tiski.tag.boundary;

/**
 * A new tag, or a tag's new name and colour. The name is required; a colour left out is the
 * default for a new tag and stays as it was for a changed one. Both are checked by the tag itself,
 * which gives the same messages as the admin screen.
 */
public record TagChangeJson(String name, String colour) {

    static TagChangeJson orEmpty(TagChangeJson change) {
        return change == null ? new TagChangeJson(null, null) : change;
    }
}
