package io.tiski.queue.control;

import io.tiski.platform.UiText;
import io.tiski.queue.entity.OfflineMessage;
import io.tiski.queue.entity.Queue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * E-mails offline messages to their queue's address through the server's mail session
 * ({@code mail/tiski}, see server.xml). Sent after the message is committed, on another thread,
 * so a slow or failing mail server never loses a message or slows the customer down; unsent
 * messages are tried again by {@link OfflineMailRetry}.
 */
@ApplicationScoped
public class OfflineMessageMailer {

    private static final Logger LOG = Logger.getLogger(OfflineMessageMailer.class.getName());

    @Resource(lookup = "mail/tiski")
    Session mail;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfflineMessages messages;

    @Inject
    Clock clock;

    @Inject
    Event<SendRequested> sends;

    void left(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfflineMessageLeft event) {
        sends.fireAsync(new SendRequested(event.messageId()));
    }

    // Transactional here too: calling send() on this very instance bypasses its interceptor, and
    // without a transaction the "mailed" mark was lost (the retry then sent the mail a second time).
    @Transactional
    void sendRequested(@ObservesAsync SendRequested request) {
        send(request.messageId());
    }

    /** Sends one message if it is still unsent; the row lock keeps two servers from both sending it. */
    @Transactional
    public void send(long messageId) {
        var message = messages.lockedUnsent(messageId).orElse(null);
        if (message == null) {
            return;
        }
        var queue = em.find(Queue.class, message.getQueueId());
        if (queue.getContactEmail() == null) {
            message.sendFailed(OfflineMessage.NO_ADDRESS);
            return;
        }
        try {
            Transport.send(compose(message, queue));
            message.mailed(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Offline message " + messageId + " not sent: " + e);
            message.sendFailed(e.getMessage());
        }
    }

    private MimeMessage compose(OfflineMessage message, Queue queue) throws MessagingException {
        var mime = new MimeMessage(mail);
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(queue.getContactEmail(), true));
        replyAddress(message.getContact()).ifPresent(address -> {
            try {
                mime.setReplyTo(new InternetAddress[] {address});
            } catch (MessagingException e) {
                LOG.fine(() -> "No reply-to for offline message " + message.getId());
            }
        });
        // The queue name is an admin's text: no line breaks may reach the header.
        String queueName = queue.getName().replaceAll("[\\r\\n]+", " ");
        mime.setSubject(UiText.get(Locale.ENGLISH, "offline.mail.subject", queueName), StandardCharsets.UTF_8.name());
        mime.setText(UiText.get(Locale.ENGLISH, "offline.mail.body",
                message.getCustomerName() == null ? "-" : message.getCustomerName(), message.getContact(),
                message.getCreatedAt().toString(), message.getMessage()), StandardCharsets.UTF_8.name());
        return mime;
    }

    private static java.util.Optional<InternetAddress> replyAddress(String contact) {
        try {
            var address = new InternetAddress(contact, true);
            return java.util.Optional.of(address);
        } catch (AddressException notAnEmailAddress) {
            return java.util.Optional.empty();
        }
    }

    /** Send one stored message, on a thread of its own. */
    record SendRequested(long messageId) {
    }
}
