package io.tiski.chat.control;

import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.SenderType;
import io.tiski.conversation.entity.TranscriptMail;
import io.tiski.organisation.entity.Organisation;
import io.tiski.platform.Conflict;
import io.tiski.platform.EmailAddresses;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.RateLimit;
import io.tiski.platform.TooManyRequests;
import io.tiski.platform.UiText;
import io.tiski.routing.control.WaitingLine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer's transcript by e-mail: the customer's messages, the agents' replies and what
 * happened, never the agents' private messages. Asked for with the conversation's token; the
 * request is stored and mailed after it commits, on another thread, and tried again while the
 * mail server refuses it. So that it cannot be made a relay to anyone's inbox, a transcript is sent
 * only of a chat an agent served and that has ended, only to the address the customer gave (at
 * the start, or with their first transcript), a few times per chat and per client address.
 */
@ApplicationScoped
public class Transcripts {

    /** Transcripts one conversation may have mailed. */
    public static final int MAX_PER_CONVERSATION = 3;

    private static final Logger LOG = Logger.getLogger(Transcripts.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    WaitingLine line;

    @Inject
    Messages messages;

    @Inject
    Event<Requested> requests;

    @Inject
    Clock clock;

    @Resource(lookup = "mail/tiski")
    Session mail;

    @Inject
    @ConfigProperty(name = "tiski.transcripts.burst-per-address", defaultValue = "5")
    int burstPerClient;

    @Inject
    @ConfigProperty(name = "tiski.transcripts.per-hour-per-address", defaultValue = "20")
    int perHourPerClient;

    private RateLimit perClient;

    @PostConstruct
    void configure() {
        perClient = new RateLimit(burstPerClient, Duration.ofHours(1).dividedBy(perHourPerClient), clock);
    }

    /** Counts the request (refused beyond the limit) and mails the transcript once that is committed. */
    @Transactional
    public void request(String token, String email, String clientAddress) {
        var conversation = line.byToken(token);
        if (!conversation.isEnded() || conversation.getAgentId() == null) {
            throw new Conflict(null, "chat.transcript.notServed");
        }
        String address = email == null ? null : email.strip();
        if (!EmailAddresses.isPlausible(address)) {
            throw new InvalidInput("email", "chat.transcript.email");
        }
        String given = givenAddress(conversation);
        if (given != null && !given.equalsIgnoreCase(address)) {
            throw new InvalidInput("email", "chat.transcript.otherAddress");
        }
        TooManyRequests.unlessGranted(perClient.take(clientAddress), "chat.transcript.tooOften");
        int counted = em.createNativeQuery("UPDATE conversations SET transcripts_sent = transcripts_sent + 1"
                        + " WHERE id = ? AND transcripts_sent < ?")
                .setParameter(1, conversation.getId())
                .setParameter(2, MAX_PER_CONVERSATION)
                .executeUpdate();
        if (counted == 0) {
            throw new Conflict(null, "chat.transcript.tooMany", MAX_PER_CONVERSATION);
        }
        var mail = TranscriptMail.requested(conversation, address, clock.instant());
        em.persist(mail);
        em.flush();
        requests.fire(new Requested(mail.getId()));
    }

    /** The address the customer gave when starting the chat, else the one of their first transcript. */
    private String givenAddress(Conversation conversation) {
        if (conversation.getCustomerEmail() != null) {
            return conversation.getCustomerEmail();
        }
        return em.createQuery("select m.email from TranscriptMail m where m.conversationId = :conversation"
                        + " order by m.id", String.class)
                .setParameter("conversation", conversation.getId())
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested request) {
        requests.fireAsync(request);
    }

    // Transactional here, not by calling a method of this instance (which would bypass the interceptor).
    @Transactional
    void sendRequested(@ObservesAsync Requested request) {
        send(request.mailId());
    }

    /**
     * Mails one transcript if it is still to be sent. The row lock keeps two servers (or the first
     * try and a retry) from both sending it; a failure is counted and left for {@link TranscriptMailRetry}.
     */
    @Transactional
    public void send(long mailId) {
        var mail = em.find(TranscriptMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isPending()) {
            return;
        }
        var conversation = em.find(Conversation.class, mail.getConversationId());
        try {
            Transport.send(compose(conversation, mail.getEmail()));
            mail.mailed(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Transcript " + mailId + " of conversation " + conversation.getId() + " not sent: " + e);
            mail.sendFailed(e.getMessage());
        }
    }

    /** Transcripts still to be mailed, oldest first. */
    @Transactional
    public List<Long> pending() {
        return em.createQuery("select m.id from TranscriptMail m where m.mailedAt is null and m.sendAttempts < :max"
                        + " order by m.id", Long.class)
                .setParameter("max", TranscriptMail.MAX_SEND_ATTEMPTS)
                .setMaxResults(100)
                .getResultList();
    }

    private MimeMessage compose(Conversation conversation, String email) throws MessagingException {
        var locale = conversation.getCustomerLanguage() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(conversation.getCustomerLanguage());
        String organisation = em.find(Organisation.class, conversation.getOrganisationId()).getName()
                .replaceAll("[\\r\\n]+", " ");
        var body = new StringBuilder(UiText.get(locale, "chat.transcript.intro", organisation,
                conversation.getQueue().getName())).append("\n\n");
        String you = UiText.get(locale, "chat.transcript.you");
        long after = 0;
        List<Stored> page;
        do {
            page = messages.afterForCustomer(conversation.getCustomerToken(), after);
            for (var stored : page) {
                var m = stored.message();
                String who = switch (m.getSenderType()) {
                    case CUSTOMER -> you;
                    case AGENT -> stored.senderName();
                    case SYSTEM -> "*";
                };
                body.append('[').append(TIME.format(m.getCreatedAt())).append(" UTC] ").append(who)
                        .append(m.getSenderType() == SenderType.SYSTEM ? " " : ": ").append(m.getBody()).append('\n');
                // Files are named, not attached: the mail stays small and holds no unchecked content.
                m.getAttachments().forEach(file -> body.append("    ")
                        .append(UiText.get(locale, "chat.transcript.file", file.getOriginalName())).append('\n'));
                after = m.getSeq();
            }
        } while (page.size() == Messages.PAGE);
        var mime = new MimeMessage(mail);
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(email, true));
        mime.setSubject(UiText.get(locale, "chat.transcript.subject", organisation), StandardCharsets.UTF_8.name());
        mime.setText(body.toString(), StandardCharsets.UTF_8.name());
        return mime;
    }

    /** Mail this transcript (once its request is committed). */
    record Requested(long mailId) {
    }
}
