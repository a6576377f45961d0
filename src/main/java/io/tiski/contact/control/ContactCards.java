package io.tiski.contact.control;

import io.tiski.contact.entity.Contact;
import io.tiski.contact.entity.ContactDetails;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.entity.Organisation;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.platform.Forbidden;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.NotFound;
import io.tiski.platform.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

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
            if (isStaleWrite(e)) {
                throw new Conflict(null, "contact.changed");
            }
            throw e;
        }
        return contact;
    }

    /**
     * A page of the organisation's cards by name. {@code search} matches a part of a name,
     * organisation or e-mail, or a whole phone number in any spelling; empty lists every card.
     */
    public List<Contact> search(long organisationId, String search, int offset, int limit) {
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        var jpql = new StringBuilder("select c from Contact c where c.organisationId = :org");
        String phone = null;
        if (!term.isEmpty()) {
            phone = PhoneNumbers.e164(term, organisations.find(organisationId).getDefaultCountry())
                    .orElse(null);
            jpql.append(" and (lower(c.firstName) like :part escape '!' or lower(c.lastName) like :part escape '!'")
                    .append(" or lower(c.organisationName) like :part escape '!'")
                    .append(" or lower(c.email1) like :part escape '!' or lower(c.email2) like :part escape '!'")
                    .append(phone == null ? ")" : " or c.phone1 = :phone or c.phone2 = :phone)");
        }
        jpql.append(" order by c.lastName, c.firstName, c.id");
        var query = em.createQuery(jpql.toString(), Contact.class)
                .setParameter("org", organisationId)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)));
        if (!term.isEmpty()) {
            // '!' escapes, not a backslash: MariaDB reads a backslash inside a string literal as an escape itself.
            query.setParameter("part", "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            if (phone != null) {
                query.setParameter("phone", phone);
            }
        }
        return query.getResultList();
    }

    // EclipseLink throws the JPA exception, sometimes around its own one of the same simple name.
    private static boolean isStaleWrite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
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
