package io.tiski.contact.control;

import io.tiski.audit.control.AuditTrail;
import io.tiski.audit.entity.AuditEntry;
import io.tiski.contact.entity.Contact;
import io.tiski.contact.entity.ContactUnlink;
import io.tiski.conversation.control.ConversationAnnotated;
import io.tiski.conversation.control.Conversations;
import io.tiski.conversation.entity.Conversation;
import io.tiski.organisation.control.Organisations;
import io.tiski.platform.NotFound;
import io.tiski.platform.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which contact card a conversation's customer is: chosen by an agent in the desk (any staff of the
 * organisation, as with a conversation's notes and tags), unlinked by choosing none, and carried to
 * the surviving card when two cards are merged. Until one is linked, the cards found by the phone or
 * e-mail the customer typed are offered, each saying whether its name fits the one they gave (see
 * GivenName): only a fitting one may be linked by the desk unasked. An unlink is recorded (here, so
 * the card is not offered for that conversation again, and in the audit trail), and so is an agent's
 * "not this customer" on a match (here only: nothing was linked); the card itself is never changed by
 * linking, unlinking or rejecting.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConversationContacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    ContactCards cards;

    @Inject
    ContactLookup lookup;

    @Inject
    AuditTrail audit;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    @Inject
    Event<ConversationAnnotated> annotated;

    /** The linked card (null: none), else the cards found by what the customer typed (empty once linked). */
    public record Found(Contact linked, List<Match> matches) {
    }

    /** A card found by the customer's phone or e-mail; {@code sameName}: its name fits the one they gave. */
    public record Match(Contact contact, boolean sameName) {
    }

    /** What the desk shows beside the chat; a conversation of another organisation is "not found". */
    public Found found(long organisationId, long conversationId) {
        var conversation = conversations.of(organisationId, conversationId);
        if (conversation.getContactId() != null) {
            return new Found(cards.find(organisationId, conversation.getContactId()), List.of());
        }
        if (conversation.getCustomerPhone() == null && conversation.getCustomerEmail() == null) {
            return new Found(null, List.of());
        }
        // The phone was checked when the chat started; one that the organisation's default country,
        // changed since, no longer reads is left out rather than refused (the refusal would roll back).
        String phone = conversation.getCustomerPhone();
        if (phone != null && PhoneNumbers.e164(phone, organisations.find(organisationId).getDefaultCountry()).isEmpty()) {
            phone = null;
        }
        List<Contact> cardsFound = lookup.lookup(organisationId, phone, conversation.getCustomerEmail()).matches();
        var unlinked = setAside(organisationId, conversationId);
        return new Found(null, cardsFound.stream().filter(card -> !unlinked.contains(card.getId()))
                .map(card -> new Match(card, GivenName.fits(conversation.getCustomerName(),
                        card.details().firstName(), card.details().lastName())))
                .toList());
    }

    /**
     * Links the card (null: unlinks the one linked); a conversation or card of another organisation
     * is "not found". Linking what is already linked changes nothing and tells no one.
     */
    public Conversation link(long organisationId, long staffId, long conversationId, Long contactId) {
        // Locked: the conversation row changes often (the widget's signs of life bump its version),
        // and a link must not fail for that. The lock also orders two agents unlinking at once: the
        // second finds nothing linked and records nothing.
        var conversation = conversations.locked(organisationId, conversationId);
        if (contactId != null) {
            cards.find(organisationId, contactId);
        }
        Long before = conversation.getContactId();
        if (Objects.equals(before, contactId)) {
            return conversation;
        }
        if (contactId == null) {
            em.persist(new ContactUnlink(organisationId, conversationId, before, staffId, clock.instant()));
            audit.record(organisationId, staffId, AuditEntry.CONTACT_UNLINKED, before);
        }
        conversation.linkContact(contactId);
        annotated.fire(new ConversationAnnotated(conversationId, ConversationAnnotated.CONTACT));
        return conversation;
    }

    /**
     * Records that a card found for the conversation is not its customer's (the desk's "Not this
     * customer" on a possible match), so it is not offered for that conversation again; the card is
     * not changed. The one linked is unlinked instead; saying it twice records it once. A
     * conversation or card of another organisation (or none) is "not found".
     */
    public void reject(long organisationId, long staffId, long conversationId, Long contactId) {
        var conversation = conversations.locked(organisationId, conversationId);
        if (contactId == null) {
            throw new NotFound("contact.notFound");
        }
        cards.find(organisationId, contactId);
        if (contactId.equals(conversation.getContactId())) {
            link(organisationId, staffId, conversationId, null);
        } else if (!setAside(organisationId, conversationId).contains(contactId)) {
            em.persist(new ContactUnlink(organisationId, conversationId, contactId, staffId, clock.instant()));
        }
    }

    /** The cards unlinked from the conversation or rejected as a match for it. */
    private Set<Long> setAside(long organisationId, long conversationId) {
        return new HashSet<>(em.createQuery("select u.contactId from ContactUnlink u"
                        + " where u.organisationId = :org and u.conversationId = :conversation", Long.class)
                .setParameter("org", organisationId)
                .setParameter("conversation", conversationId)
                .getResultList());
    }

    /** Inside the merge's transaction, before the merged card is deleted (its FK would clear the link). */
    void merging(@Observes ContactsMerging merge) {
        em.createQuery("update Conversation c set c.contactId = :survivor"
                        + " where c.organisationId = :org and c.contactId = :merged")
                .setParameter("survivor", merge.survivorId())
                .setParameter("org", merge.organisationId())
                .setParameter("merged", merge.mergedId())
                .executeUpdate();
        // An unlinked card merged into another stays unlinked from those conversations as the survivor.
        em.createQuery("update ContactUnlink u set u.contactId = :survivor"
                        + " where u.organisationId = :org and u.contactId = :merged")
                .setParameter("survivor", merge.survivorId())
                .setParameter("org", merge.organisationId())
                .setParameter("merged", merge.mergedId())
                .executeUpdate();
    }
}
