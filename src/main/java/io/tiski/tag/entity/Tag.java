package io.tiski.tag.entity;

import io.tiski.conversation.entity.Conversation;
import io.tiski.platform.Conflict;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.Names;
import io.tiski.platform.NotFound;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** A label of an organisation that staff put on conversations, shown in its colour. */
@Entity
@Table(name = "tags")
public class Tag {

    public static final int MAX_NAME_LENGTH = 40;
    public static final String DEFAULT_COLOUR = "#1e88e5";

    // The colour goes into a style attribute where the tag is shown: only this exact form is safe there.
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = 7)
    private String colour;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Tag() {
    }

    /** @param colourOrNull {@code #rrggbb}, or null (or blank) for {@link #DEFAULT_COLOUR} */
    public Tag(long organisationId, String name, String colourOrNull, Instant now) {
        this.organisationId = organisationId;
        this.name = validName(name);
        this.colour = isGiven(colourOrNull) ? validColour(colourOrNull) : DEFAULT_COLOUR;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The name as it will be stored: trimmed, non-empty, at most {@value #MAX_NAME_LENGTH} characters. */
    public static String validName(String name) {
        return Names.valid(name, MAX_NAME_LENGTH, "tag.name.invalid");
    }

    /** The colour as it will be stored: {@code #rrggbb} in lower case. */
    public static String validColour(String colour) {
        String trimmed = colour == null ? "" : colour.strip();
        if (!isColour(trimmed)) {
            throw new InvalidInput("colour", "tag.colour.invalid", trimmed);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    public static boolean isColour(String colour) {
        return colour != null && COLOUR.matcher(colour).matches();
    }

    /**
     * Changes name and colour together, or neither when one is invalid.
     *
     * @param colourOrNull the new colour, or null (or blank) to keep the current one
     */
    public void change(String newName, String colourOrNull, Instant now) {
        String validName = validName(newName);
        String validColour = isGiven(colourOrNull) ? validColour(colourOrNull) : colour;
        this.name = validName;
        this.colour = validColour;
        this.updatedAt = now;
    }

    /** No longer offered for new tagging; the conversations that carry it keep it. */
    public void retire(Instant now) {
        this.retired = true;
        this.updatedAt = now;
    }

    public void restore(Instant now) {
        this.retired = false;
        this.updatedAt = now;
    }

    /** The tag on the conversation, as {@code by} puts it there now; a retired tag cannot be put on anything. */
    public ConversationTag putOn(Conversation conversation, long by, Instant now) {
        if (!belongsTo(conversation.getOrganisationId())) {
            throw new NotFound("tag.notFound");
        }
        if (retired) {
            throw new Conflict(null, "tag.retired", name);
        }
        return new ConversationTag(conversation.getId(), id, by, now);
    }

    public boolean belongsTo(long organisationId) {
        return this.organisationId == organisationId;
    }

    private static boolean isGiven(String colour) {
        return colour != null && !colour.isBlank();
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getColour() {
        return colour;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
