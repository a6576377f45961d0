package io.tiski.note.boundary;

import io.tiski.note.entity.Note;
import java.time.Instant;

/** A note as the desk shows it; {@code body} on its way in, all of it on the way out. */
public record NoteJson(Long id, String body, String authorName, Instant createdAt) {

    static NoteJson of(Note note) {
        return new NoteJson(note.getId(), note.getBody(), note.getAuthor().getDisplayName(), note.getCreatedAt());
    }
}
