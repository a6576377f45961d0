package io.tiski.tag.boundary;

import io.tiski.tag.entity.Tag;
import java.util.List;

/** A tag as the REST API shows it: {@code {"id":1,"name":"Billing","colour":"#1e88e5","retired":false}}. */
public record TagJson(long id, String name, String colour, boolean retired) {

    static TagJson of(Tag tag) {
        return new TagJson(tag.getId(), tag.getName(), tag.getColour(), tag.isRetired());
    }

    static List<TagJson> of(List<Tag> tags) {
        return tags.stream().map(TagJson::of).toList();
    }
}
