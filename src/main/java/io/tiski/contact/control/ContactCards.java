package io.tiski.contact.control;

import io.tiski.contact.entity.Contact;
import io.tiski.contact.entity.ContactDetails;
import io.tiski.contact.entity.ContactKey;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.entity.Organisation;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.platform.Forbidden;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.NotFound;
import io.tiski.platform.PhoneNumbers;
import io.tiski.platform.StaleWrite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reading, adding and changing contact cards, with who may do what: admins always; agents and
 * supervisors only when their organisation allows it, and never on a verified card or the
 * verified flag itself. Every method is scoped by the caller's organisation.
 */
@ApplicationScoped
@Transactional
public class ContactCards {

    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    public Contact find(long organisationId, long contactId) {
        var contact = em.find(Contact.class, contactId);
        if (contact == null || !contact.belongsTo(organisationId)) {
            throw new NotFound("contact.notFound");
        }
        return contact;
    }

    public Contact create(StaffUser caller, ContactDetails details, boolean verified) {
        var organisation = organisations.find(caller.getOrganisationId());
        requireMayEdit(caller, organisation);
        if (verified && !isAdmin(caller)) {
            throw new Forbidden("verified", "contact.verified.adminOnly");
        }
        var contact = new Contact(organisation.getId(), details.validated(organisation.getDefaultCountry()), verified,
                clock.instant());
        em.persist(contact);
        em.flush();
        return contact;
    }

    /**
     * @param readVersion the version the caller's form was filled from: an older one means someone
     *                    saved in between, and this save is refused rather than overwrite theirs
     * @param verifiedOrNull the new verified flag, or null to keep it
     */
    public Contact change(StaffUser caller, long contactId, Long readVersion, ContactDetails details,
                          Boolean verifiedOrNull) {
        if (readVersion == null) {
            throw new InvalidInput("version", "contact.version.missing");
        }
        var organisation = organisations.find(caller.getOrganisationId());
        var contact = find(organisation.getId(), contactId);
        if (contact.getVersion() != readVersion) {
            throw new Conflict(null, "contact.changed");
        }
        requireMayEdit(caller, organisation);
        var valid = details.validated(organisation.getDefaultCountry());
        boolean verified = verifiedOrNull == null ? contact.isVerified() : verifiedOrNull;
        if (!isAdmin(caller)) {
            if (verified != contact.isVerified()) {
                throw new Forbidden("verified", "contact.verified.adminOnly");
            }
            if (contact.isVerified() && !valid.equals(contact.details())) {
                throw new Forbidden(null, "contact.verified.locked");
            }
        }
        contact.change(valid, verified, clock.instant());
        try {
            // The check above sees saves committed before this read; this one catches a save that
            // commits between our read and our write (the UPDATE ... WHERE version = ? finds no row).
            em.flush();
        } catch (PersistenceException e) {
            if (StaleWrite.isCause(e)) {
                throw new Conflict(null, "contact.changed");
            }
            throw e;
        }
        return contact;
    }

    /** A page of the organisation's cards by last name; see {@link #search(long, String, ContactOrder, boolean, int, int)}. */
    public List<Contact> search(long organisationId, String search, int offset, int limit) {
        return search(organisationId, search, ContactOrder.LAST_NAME, false, offset, limit);
    }

    /**
     * A page of the organisation's cards. {@code search} matches the start of a first or last name,
     * of "first last", of an organisation or of an e-mail address, or a whole phone number in any
     * spelling; empty lists every card. Both are served by indexes (see V24), so a page of a
     * million cards reads about a page of rows, plus the offset.
     */
    public List<Contact> search(long organisationId, String search, ContactOrder order, boolean descending,
                                int offset, int limit) {
        var matching = Matching.of(search, () -> organisations.find(organisationId).getDefaultCountry());
        var query = em.createQuery("select c from Contact c where c.organisationId = :org" + matching.condition()
                        + " order by " + order.columns(descending), Contact.class)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)));
        matching.bind(query.setParameter("org", organisationId));
        return query.getResultList();
    }

    /** How many cards {@link #search} pages through. */
    public long count(long organisationId, String search) {
        var matching = Matching.of(search, () -> organisations.find(organisationId).getDefaultCountry());
        var query = em.createQuery("select count(c) from Contact c where c.organisationId = :org"
                + matching.condition(), Long.class);
        matching.bind(query.setParameter("org", organisationId));
        return query.getSingleResult();
    }

    /** The search box's condition: the card has a key that starts with the term, or the phone number. */
    private record Matching(String prefix, String phone) {

        static Matching of(String search, Supplier<String> defaultCountry) {
            String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
            if (term.isEmpty()) {
                return new Matching(null, null);
            }
            // '!' escapes, not a backslash: MariaDB reads a backslash inside a string literal as an escape itself.
            String prefix = term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            return new Matching(prefix, PhoneNumbers.e164(term, defaultCountry.get()).orElse(null));
        }

        String condition() {
            if (prefix == null) {
                return "";
            }
            return " and c.id in (select m.id from Contact m join m.keys k where m.organisationId = :org"
                    + " and k.organisationId = :org and ((k.kind in :textKinds and k.value like :prefix escape '!')"
                    + (phone == null ? "" : " or (k.kind = :phoneKind and k.value = :phone)") + "))";
        }

        void bind(Query query) {
            if (prefix != null) {
                query.setParameter("textKinds", List.of(ContactKey.NAME, ContactKey.EMAIL));
                query.setParameter("prefix", prefix);
                if (phone != null) {
                    query.setParameter("phoneKind", ContactKey.PHONE).setParameter("phone", phone);
                }
            }
        }
    }

    private static void requireMayEdit(StaffUser caller, Organisation organisation) {
        if (!isAdmin(caller) && !organisation.agentsMayEditContacts()) {
            throw new Forbidden(null, "contact.editNotAllowed");
        }
    }

    static boolean isAdmin(StaffUser caller) {
        return caller.hasRole(Role.ADMIN);
    }
}
