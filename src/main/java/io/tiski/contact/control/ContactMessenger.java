package io.tiski.contact.control;

import io.tiski.contact.entity.ContactMessage;
import io.tiski.contact.entity.Delivery;
import io.tiski.platform.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a message from a card to its customer by e-mail or SMS. The message is stored first (its
 * own transaction, committed), then sent with no transaction open, then its outcome stored (a
 * second one): a slow mail server or SMS service holds no row lock or connection, and the history
 * shows every message, failed ones too. NEVER makes a caller that holds a transaction fail loudly.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NEVER)
public class ContactMessenger {

    private static final Logger LOG = Logger.getLogger(ContactMessenger.class.getName());

    @Inject
    ContactMessages messages;

    @Inject
    ContactMailer mailer;

    @Inject
    SmsGateways sms;

    /** @param locale the sender's language (reasons of a failure, the default subject) */
    public ContactMessage send(long organisationId, long senderId, long contactId, ContactMessages.Draft draft,
                               Locale locale) {
        var outgoing = messages.record(organisationId, senderId, contactId, draft, locale);
        var message = outgoing.message();
        Delivery delivery;
        try {
            delivery = switch (message.getChannel()) {
                case EMAIL -> mailer.send(message.getRecipient(), outgoing.replyTo(), message.getSubject(),
                        message.getBody(), locale);
                case SMS -> sms.gateway(organisationId, locale).send(message.getRecipient(), message.getBody());
            };
        } catch (RuntimeException e) {
            // The row is stored: whatever went wrong, it must not stay SENDING.
            LOG.log(Level.WARNING, "Message " + message.getId() + " not sent", e);
            delivery = Delivery.failed(UiText.get(locale, "contact.message.failed"));
        }
        return messages.finish(organisationId, message.getId(), delivery);
    }
}
