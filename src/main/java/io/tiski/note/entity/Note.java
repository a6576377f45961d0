package io.tiski.note.entity;

import io.tiski.conversation.entity.Conversation;
import io.tiski.organisation.entity.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One note on a conversation. Never changed once written: a correction is a new note. */
@Entity
@Table(name = "conversation_notes")
public class Note {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private StaffUser author;

    @Column(nullable = false, updatable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Note() {
    }

    /** {@code body} was checked by the caller. */
    public static Note written(Conversation conversation, StaffUser author, String body, Instant now) {
        var note = new Note();
        note.organisationId = conversation.getOrganisationId();
        note.conversationId = conversation.getId();
        note.author = author;
        note.body = body;
        note.createdAt = now;
        return note;
    }

    public Long getId() {
        return id;
    }

    public StaffUser getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
