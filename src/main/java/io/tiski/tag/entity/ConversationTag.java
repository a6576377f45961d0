package io.tiski.tag.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A tag on a conversation: who put it there and when. Made by {@link Tag#putOn}. */
@Entity
@Table(name = "conversation_tags")
@IdClass(ConversationTag.Key.class)
public class ConversationTag {

    @Id
    @Column(name = "conversation_id", updatable = false)
    private Long conversationId;

    @Id
    @Column(name = "tag_id", updatable = false)
    private Long tagId;

    @Column(name = "added_by_user_id", nullable = false, updatable = false)
    private Long addedByUserId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ConversationTag() {
    }

    ConversationTag(long conversationId, long tagId, long addedByUserId, Instant addedAt) {
        this.conversationId = conversationId;
        this.tagId = tagId;
        this.addedByUserId = addedByUserId;
        this.addedAt = addedAt;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getTagId() {
        return tagId;
    }

    public long getAddedByUserId() {
        return addedByUserId;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    /** The primary key: the pair, so a tag is on a conversation at most once. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long conversationId;
        private Long tagId;

        public Key() {
        }

        public Key(long conversationId, long tagId) {
            this.conversationId = conversationId;
            this.tagId = tagId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(conversationId, key.conversationId)
                    && Objects.equals(tagId, key.tagId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, tagId);
        }
    }
}
