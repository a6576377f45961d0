package io.tiski.contact.entity;

import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.EmailAddresses;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.PhoneNumbers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A message staff sent the customer of a card, by e-mail or SMS; the card's history. It goes only
 * to an address or number on the card itself, so Tiski cannot be used to write to anyone else.
 */
@Entity
@Table(name = "contact_messages")
public class ContactMessage {

    public static final int MAX_SUBJECT = 200;
    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    // Updatable: a merge moves the history to the surviving card (ContactMessages.merging).
    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Column(name = "conversation_id", updatable = false)
    private Long conversationId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "sender_id", nullable = false, updatable = false)
    private StaffUser sender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5, updatable = false)
    private MessageChannel channel;

    @Column(nullable = false, length = EmailAddresses.MAX_LENGTH, updatable = false)
    private String recipient;

    @Column(length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MessageStatus status;

    @Column(length = MAX_ERROR)
    private String error;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ContactMessage() {
    }

    /**
     * A message on its way (status SENDING), or an {@link InvalidInput} on the field that breaks a
     * rule: {@code to} not on the card, {@code text} blank or too long, {@code subject} too long.
     *
     * @param subject   for e-mail: the subject, or null/blank for {@code defaultSubject}; ignored for SMS
     * @param defaultCountry the organisation's, for a phone number written without a country code
     */
    public ContactMessage(Contact contact, StaffUser sender, Long conversationId, MessageChannel channel, String to,
                          String subject, String defaultSubject, String text, String defaultCountry, Instant now) {
        this.organisationId = contact.getOrganisationId();
        this.contactId = contact.getId();
        this.sender = sender;
        this.conversationId = conversationId;
        this.channel = channel;
        this.recipient = recipientOn(contact.details(), channel, to, defaultCountry)
                .orElseThrow(() -> new InvalidInput("to", "contact.message.to.notOnCard"));
        this.body = validText(channel, text);
        this.subject = channel == MessageChannel.EMAIL ? validSubject(subject, defaultSubject) : null;
        this.status = MessageStatus.SENDING;
        this.sentAt = now;
    }

    /**
     * The card's own address or number that {@code to} names, as the card holds it: e-mails compared
     * without case, phone numbers in E.164 (the card stores them so).
     */
    static Optional<String> recipientOn(ContactDetails card, MessageChannel channel, String to, String defaultCountry) {
        if (to == null || to.isBlank()) {
            return Optional.empty();
        }
        if (channel == MessageChannel.EMAIL) {
            String key = ContactKey.emailKey(to);
            return Stream.of(card.email1(), card.email2())
                    .filter(address -> address != null && ContactKey.emailKey(address).equals(key))
                    .findFirst();
        }
        return PhoneNumbers.e164(to, defaultCountry)
                .filter(number -> number.equals(card.phone1()) || number.equals(card.phone2()));
    }

    private static String validText(MessageChannel channel, String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInput("text", "contact.message.text.empty");
        }
        if (stripped.length() > channel.maxText()) {
            throw new InvalidInput("text", "contact.message.text.tooLong", channel.maxText());
        }
        return stripped;
    }

    // One line: a line break in a mail header would let the text write headers of its own.
    private static String validSubject(String subject, String defaultSubject) {
        String line = subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").strip();
        if (line.length() > MAX_SUBJECT) {
            throw new InvalidInput("subject", "contact.message.subject.tooLong", MAX_SUBJECT);
        }
        if (line.isEmpty()) {
            line = defaultSubject.replaceAll("[\\r\\n]+", " ").strip();
            return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT) : line;
        }
        return line;
    }

    /** The outcome of the send; the status is final from now on. */
    public void delivered(Delivery delivery) {
        this.status = delivery.status();
        String reason = delivery.error();
        this.error = reason == null || reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getContactId() {
        return contactId;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public StaffUser getSender() {
        return sender;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
