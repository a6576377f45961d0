package io.tiski.reply.entity;

import io.tiski.conversation.entity.Message;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A text an agent can put into a chat: organisation-wide (no owner; for every queue or one) or an
 * agent's own (for every queue). The database keeps each keyword unique in its scope (see V18).
 *
 * <p>Its text is the default version; it may have one version per further language Tiski speaks
 * ({@link StaffUser#LANGUAGES}), and {@link #versionFor} picks the one for a customer (see V63).
 */
@Entity
@Table(name = "canned_replies")
public class CannedReply {

    public static final int MAX_KEYWORD_LENGTH = 32;
    public static final int MAX_TITLE_LENGTH = 100;
    /** A reply always fits in one chat message, counted the same way. */
    public static final int MAX_TEXT_LENGTH = Message.MAX_LENGTH;

    // ASCII only: typed alike on every keyboard layout, and compared alike by MariaDB's collation
    // and H2 (an accent-insensitive collation would make "hyvää" clash with "hyvaa" on MariaDB only).
    private static final Pattern KEYWORD = Pattern.compile("[a-z0-9_-]{1," + MAX_KEYWORD_LENGTH + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    @Column(name = "queue_id")
    private Long queueId;

    @Column(nullable = false, length = MAX_KEYWORD_LENGTH)
    private String keyword;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    /** The language of the default text; null when not said. */
    @Column(length = 8)
    private String language;

    // Eager: a reply is never shown without the texts it offers.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "canned_reply_versions", joinColumns = @JoinColumn(name = "reply_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "text", nullable = false, length = MAX_TEXT_LENGTH)
    private Map<String, String> versions = new HashMap<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CannedReply() {
    }

    private CannedReply(long organisationId, Long ownerId, Long queueId, Instant now) {
        this.organisationId = organisationId;
        this.ownerId = ownerId;
        this.queueId = queueId;
        this.createdAt = now;
    }

    /** An organisation-wide reply, for every queue when {@code queueIdOrNull} is null. */
    public static CannedReply shared(long organisationId, Long queueIdOrNull, ReplyContent content, Instant now) {
        var reply = new CannedReply(organisationId, null, queueIdOrNull, now);
        reply.rewrite(content, now);
        return reply;
    }

    /** An agent's own reply; it serves in every queue. */
    public static CannedReply ownedBy(long organisationId, long ownerId, ReplyContent content, Instant now) {
        var reply = new CannedReply(organisationId, ownerId, null, now);
        reply.rewrite(content, now);
        return reply;
    }

    /** Keywords are matched case-insensitively, so they are kept in lower case. */
    public static String validKeyword(String keyword) {
        String normalised = keyword == null ? "" : keyword.strip().toLowerCase(Locale.ROOT);
        if (!KEYWORD.matcher(normalised).matches()) {
            throw new InvalidInput("keyword", "reply.keyword.invalid", MAX_KEYWORD_LENGTH);
        }
        return normalised;
    }

    /**
     * Replaces keyword, title, the default text and the language versions together; one invalid
     * value leaves all of them as they were.
     */
    public void rewrite(ReplyContent content, Instant now) {
        String validKeyword = validKeyword(content.keyword());
        String validTitle = within(content.title(), MAX_TITLE_LENGTH, "title", "reply.title.invalid");
        String validText = within(content.text(), MAX_TEXT_LENGTH, "text", "reply.text.invalid");
        String validLanguage = content.language() == null || content.language().isBlank() ? null
                : validLanguage(content.language(), "language");
        Map<String, String> validVersions = validVersions(validLanguage, content.versions());
        this.keyword = validKeyword;
        this.title = validTitle;
        this.text = validText;
        this.language = validLanguage;
        // A new map: EclipseLink then rewrites the version rows as a whole, deleting before inserting.
        this.versions = validVersions;
        this.updatedAt = now;
    }

    /** One text per language, the default text's language counted too; every text as the default's. */
    private static Map<String, String> validVersions(String defaultLanguage, List<ReplyVersion> wanted) {
        Map<String, String> valid = new HashMap<>();
        for (var version : wanted) {
            String tag = validLanguage(version == null ? null : version.language(), "versions");
            if (tag.equals(defaultLanguage) || valid.containsKey(tag)) {
                throw new InvalidInput("versions", "reply.version.twice", Locale.forLanguageTag(tag));
            }
            String versionText = version.text() == null ? "" : version.text().strip();
            if (versionText.isEmpty() || versionText.length() > MAX_TEXT_LENGTH) {
                throw new InvalidInput("versions", "reply.version.text.invalid", MAX_TEXT_LENGTH,
                        Locale.forLanguageTag(tag));
            }
            valid.put(tag, versionText);
        }
        return valid;
    }

    private static String validLanguage(String tag, String field) {
        String normalised = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (!StaffUser.LANGUAGES.contains(normalised)) {
            throw new InvalidInput(field, "reply.language.invalid");
        }
        return normalised;
    }

    /**
     * The version for a customer of that language (a tag as the widget sends it, "fi" or "fi-FI"),
     * the default text when their language has none or is not known.
     */
    public ReplyVersion versionFor(String customerLanguage) {
        String wanted = customerLanguage == null ? "" : Locale.forLanguageTag(customerLanguage.strip()).getLanguage();
        String version = versions.get(wanted);
        return version == null ? new ReplyVersion(language, text) : new ReplyVersion(wanted, version);
    }

    /** Moves an organisation-wide reply to one queue, or to every queue with null. */
    public void scopeTo(Long queueIdOrNull) {
        if (isOwn()) {
            throw new IllegalStateException("An own reply serves in every queue");
        }
        this.queueId = queueIdOrNull;
    }

    private static String within(String value, int maxLength, String field, String messageKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new InvalidInput(field, messageKey, maxLength);
        }
        return stripped;
    }

    public boolean isOwn() {
        return ownerId != null;
    }

    public boolean isOwnedBy(long userId) {
        return ownerId != null && ownerId == userId;
    }

    public boolean belongsTo(long organisationId) {
        return this.organisationId == organisationId;
    }

    /** Whether an agent may use it in a conversation of that queue (own replies: always). */
    public boolean servesQueue(long queueIdOfConversation) {
        return isOwn() || queueId == null || queueId == queueIdOfConversation;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getQueueId() {
        return queueId;
    }

    public String getKeyword() {
        return keyword;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    /** The language of the default text, or null when not said. */
    public String getLanguage() {
        return language;
    }

    /** The versions besides the default text, in the order of {@link StaffUser#LANGUAGES}. */
    public List<ReplyVersion> getVersions() {
        return versions.entrySet().stream()
                .map(version -> new ReplyVersion(version.getKey(), version.getValue()))
                .sorted(Comparator.comparingInt(version -> StaffUser.LANGUAGES.indexOf(version.language())))
                .toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
