package io.tiski.contact.control;

import io.tiski.contact.entity.Delivery;
import io.tiski.platform.UiText;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Mails a message from a card through the server's mail session ({@code mail/tiski}, as transcripts
 * and offline messages): plain text, UTF-8. Called outside any transaction; answers the outcome
 * instead of throwing, so a refused mail is recorded like a sent one.
 */
@ApplicationScoped
public class ContactMailer {

    private static final Logger LOG = Logger.getLogger(ContactMailer.class.getName());

    @Resource(lookup = "mail/tiski")
    Session mail;

    /**
     * @param replyTo where the customer's answer should go (the conversation's queue address), or null
     * @param locale  the language of the reason a failed send gives
     */
    public Delivery send(String to, String replyTo, String subject, String text, Locale locale) {
        try {
            var mime = new MimeMessage(mail);
            // The session's address (MAIL_FROM) as the From header too, not only on the envelope:
            // a mail to a customer without one is likely to be taken for spam.
            mime.setFrom();
            // Exactly one address each: parse() would split a list and send to every part of it.
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            if (replyTo != null) {
                mime.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo, true)});
            }
            mime.setSubject(subject, StandardCharsets.UTF_8.name());
            mime.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(mime);
            return Delivery.sent();
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Message to a contact not mailed: " + e);
            return Delivery.failed(UiText.get(locale, "contact.message.mailFailed", reason(e)));
        }
    }

    // Jakarta Mail wraps the cause ("Couldn't connect to host" around "Connection refused"): name both.
    private static String reason(Exception e) {
        String reason = String.valueOf(e.getMessage());
        if (e.getCause() != null && e.getCause().getMessage() != null) {
            reason += ": " + e.getCause().getMessage();
        }
        return reason;
    }
}
