package io.tiski.conversation.entity;

import io.tiski.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One chat message, numbered within its conversation; stored before anyone is told it exists. */
@Entity
@Table(name = "messages")
public class Message {

    /** The longest message text accepted, in characters; longer ones are refused, not cut. */
    public static final int MAX_LENGTH = 4000;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION_LENGTH = 100;
    /** The most files one message carries. */
    public static final int MAX_ATTACHMENTS = 5;
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_type", nullable = false, length = 20, updatable = false)
    private SenderType senderType;

    @Column(name = "sender_user_id", updatable = false)
    private Long senderUserId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "client_id", length = 64, updatable = false)
    private String clientId;

    @Column(name = "staff_only", nullable = false, updatable = false)
    private boolean staffOnly;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "options_json", length = 2000, updatable = false)
    private String optionsJson;

    @Column(name = "answer_to", updatable = false)
    private Long answerTo;

    // Read with the message; a catch-up page asks for the files of all its messages in one query.
    @OneToMany(mappedBy = "message", fetch = jakarta.persistence.FetchType.EAGER)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected Message() {
    }

    /** Message number {@code seq} of the conversation; the caller took it under the conversation's row lock. */
    public static Message numbered(long organisationId, long conversationId, long seq, SenderType senderType,
                                   Long senderUserId, String clientId, String body, boolean staffOnly, Instant now) {
        requireClientId(clientId);
        if (body != null && body.length() > MAX_LENGTH) {
            throw new InvalidInput("body", "chat.body.tooLong", MAX_LENGTH);
        }
        var message = new Message();
        message.organisationId = organisationId;
        message.conversationId = conversationId;
        message.seq = seq;
        message.senderType = senderType;
        message.senderUserId = senderUserId;
        message.clientId = clientId;
        message.body = body == null ? "" : body;
        message.staffOnly = staffOnly;
        message.createdAt = now;
        return message;
    }

    /** Offers these choices with the message (an agent's options menu): 2 to 10, each 1 to 100 characters. */
    public void offer(List<String> options) {
        if (options == null || options.isEmpty()) {
            return;
        }
        if (senderType != SenderType.AGENT || options.size() < 2 || options.size() > MAX_OPTIONS
                || options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > MAX_OPTION_LENGTH)) {
            throw new InvalidInput("options", "chat.options.invalid", MAX_OPTIONS, MAX_OPTION_LENGTH);
        }
        var array = Json.createArrayBuilder();
        options.forEach(option -> array.add(option.strip()));
        this.optionsJson = array.build().toString();
    }

    /**
     * Sends these uploaded files (at most five, each the sender's own upload, unsent; may be none)
     * with the message, which must then say something: text, files, or both. Everything is checked
     * before any file is claimed, so a refused message leaves every file as it was.
     */
    public void carry(List<Attachment> files) {
        if (files.size() > MAX_ATTACHMENTS) {
            throw new InvalidInput("attachments", "chat.attachment.tooMany", MAX_ATTACHMENTS);
        }
        if (!files.stream().allMatch(file -> file.isClaimableBy(this))) {
            throw new InvalidInput("attachments", "chat.attachment.unknown");
        }
        if (body.isBlank() && files.isEmpty()) {
            throw new InvalidInput("body", "chat.body.empty");
        }
        files.forEach(file -> file.claimFor(this));
        attachments.addAll(files);
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    /** This customer message is their choice from {@code menu}; the text must be one of its options. */
    public void answers(Message menu) {
        if (menu == null || menu.conversationId.longValue() != conversationId || !menu.getOptions().contains(body)) {
            throw new InvalidInput("answerTo", "chat.options.notAChoice");
        }
        this.answerTo = menu.seq;
    }

    public List<String> getOptions() {
        if (optionsJson == null) {
            return List.of();
        }
        return Json.createReader(new StringReader(optionsJson)).readArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    public Long getAnswerTo() {
        return answerTo;
    }

    public static void requireClientId(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidInput("clientId", "chat.clientId.invalid");
        }
    }

    /** Whether this is the same send repeated (same sender), rather than another sender's id clash. */
    public boolean isSameSend(SenderType type, Long userId) {
        return senderType == type && java.util.Objects.equals(senderUserId, userId);
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getSeq() {
        return seq;
    }

    public SenderType getSenderType() {
        return senderType;
    }

    public Long getSenderUserId() {
        return senderUserId;
    }

    public String getBody() {
        return body;
    }

    public String getClientId() {
        return clientId;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
