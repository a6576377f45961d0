package io.tiski.contact.control;

import io.tiski.contact.entity.ContactMessage;
import io.tiski.contact.entity.Delivery;
import io.tiski.contact.entity.MessageChannel;
import io.tiski.conversation.control.Conversations;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.platform.NotFound;
import io.tiski.platform.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The messages sent from contact cards, as stored: each one checked and recorded before it is sent,
 * its outcome recorded after (two short transactions, see {@link ContactMessenger}), the card's
 * history newest first, and the history moved when two cards are merged. Scoped by organisation.
 */
@ApplicationScoped
@Transactional
public class ContactMessages {

    /** Messages in one page of a card's history. */
    public static final int PAGE = 100;

    /** What staff asked to send, as they wrote it; checked by {@link #record}. */
    public record Draft(String channel, String to, String subject, String text, Long conversationId) {
    }

    /** A recorded message about to be sent, and where the customer's answer should go (or null). */
    public record Outgoing(ContactMessage message, String replyTo) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactCards cards;

    @Inject
    Conversations conversations;

    @Inject
    Organisations organisations;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    /**
     * Checks the draft and stores it as SENDING. Another organisation's card or conversation is "not
     * found"; a recipient not on the card, a blank or too long text are {@code InvalidInput}s.
     *
     * @param locale the sender's language, for the default subject when there is no conversation
     *               in the customer's language to use instead
     */
    public Outgoing record(long organisationId, long senderId, long contactId, Draft draft, Locale locale) {
        var contact = cards.find(organisationId, contactId);
        var channel = MessageChannel.named(draft.channel());
        var conversation = draft.conversationId() == null ? null
                : conversations.of(organisationId, draft.conversationId());
        var organisation = organisations.find(organisationId);
        var customerLocale = conversation == null || conversation.getCustomerLanguage() == null ? locale
                : Locale.forLanguageTag(conversation.getCustomerLanguage());
        var message = new ContactMessage(contact, staff.find(organisationId, senderId),
                conversation == null ? null : conversation.getId(), channel, draft.to(), draft.subject(),
                UiText.get(customerLocale, "contact.message.subject", organisation.getName()), draft.text(),
                organisation.getDefaultCountry(), clock.instant());
        em.persist(message);
        em.flush();
        return new Outgoing(message, conversation == null ? null : conversation.getQueue().getContactEmail());
    }

    /** Records how the send went. */
    public ContactMessage finish(long organisationId, long messageId, Delivery delivery) {
        var message = em.find(ContactMessage.class, messageId);
        if (message == null || message.getOrganisationId() != organisationId) {
            throw new NotFound("contact.message.notFound");
        }
        message.delivered(delivery);
        return message;
    }

    /** A page of the card's history, newest first. */
    public List<ContactMessage> of(long organisationId, long contactId, int offset) {
        cards.find(organisationId, contactId);
        return em.createQuery("select m from ContactMessage m where m.contactId = :contact and m.organisationId = :org"
                        + " order by m.sentAt desc, m.id desc", ContactMessage.class)
                .setParameter("contact", contactId)
                .setParameter("org", organisationId)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(PAGE)
                .getResultList();
    }

    /** Inside the merge's transaction: the merged card's history becomes the survivor's. */
    void merging(@Observes ContactsMerging merge) {
        em.createQuery("update ContactMessage m set m.contactId = :survivor"
                        + " where m.contactId = :merged and m.organisationId = :org")
                .setParameter("survivor", merge.survivorId())
                .setParameter("merged", merge.mergedId())
                .setParameter("org", merge.organisationId())
                .executeUpdate();
    }
}
