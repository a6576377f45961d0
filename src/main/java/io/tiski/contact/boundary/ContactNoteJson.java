package io.tiski.contact.boundary;

import io.tiski.contact.entity.ContactNote;
import java.time.Instant;

/**
 * A note on a card; {@code body} on its way in, all of it on the way out. {@code own}: written by
 * the caller, so the desk offers to edit and delete it (the server checks again).
 */
public record ContactNoteJson(Long id, String body, Long authorId, String authorName, Instant createdAt,
                              Instant updatedAt, boolean own) {

    static ContactNoteJson of(ContactNote note, long callerId) {
        var author = note.getAuthor();
        return new ContactNoteJson(note.getId(), note.getBody(), author.getId(), author.getDisplayName(),
                note.getCreatedAt(), note.getUpdatedAt(), author.getId() == callerId);
    }

    static String bodyOf(ContactNoteJson json) {
        return json == null ? null : json.body();
    }
}
