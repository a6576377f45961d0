package io.tiski.organisation.control;

import io.tiski.organisation.entity.Organisation;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * What a platform operator does to organisations: create one with its first admin, rename,
 * deactivate and activate it, give it another admin. Reads and changes the organisation row and
 * its staff's rights, never anything the organisation keeps (conversations, contacts, queues).
 */
@ApplicationScoped
@Transactional
public class OrganisationLifecycle {

    /** The first admin of an organisation also supervises, as the demo's admin does. */
    static final Set<Role> FIRST_ADMIN_ROLES = Set.of(Role.ADMIN, Role.SUPERVISOR);

    /** What an operator sees of an organisation: no more than its name, state and head count. */
    public record Summary(long id, String name, boolean active, java.time.Instant createdAt, long staff) {
    }

    /** An admin as an operator gives one: the password is the operator's, so the admin must replace it. */
    public record FirstAdmin(String username, String displayName, String password) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    StaffDirectory staff;

    @Inject
    Event<StaffRightsChanged> rightsChanged;

    public List<Summary> list() {
        var counts = new java.util.HashMap<Long, Long>();
        em.createQuery("select u.organisationId, count(u) from StaffUser u group by u.organisationId",
                        Object[].class).getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return organisations.all().stream().map(o -> summary(o, counts.getOrDefault(o.getId(), 0L))).toList();
    }

    public Summary find(long id) {
        var organisation = organisations.find(id);
        return summary(organisation, staff.list(id).size());
    }

    /**
     * A new organisation with its first admin, both or neither. {@code passwordChosenByAdmin}: false
     * when someone else (an operator) chose it, so the admin must replace it at their first login.
     */
    public Organisation create(String name, FirstAdmin admin, boolean passwordChosenByAdmin) {
        var organisation = organisations.create(name);
        addAdmin(organisation.getId(), admin, passwordChosenByAdmin);
        return organisation;
    }

    public StaffUser addAdmin(long organisationId, FirstAdmin admin, boolean passwordChosenByAdmin) {
        var user = staff.create(organisationId, admin.username(), admin.displayName(), admin.password(),
                FIRST_ADMIN_ROLES);
        if (!passwordChosenByAdmin) {
            user.requirePasswordChange();
        }
        return user;
    }

    public Organisation rename(long id, String name) {
        return organisations.rename(id, name);
    }

    /**
     * Its staff can no longer log in and its widget starts no chats. Every staff member's rights
     * version moves on, so each open session ends at its next request (also one that stays idle
     * until the organisation is active again) and each live line closes when this commits.
     * Holds the organisation's row lock, as every organisation-wide staff rule does.
     */
    public Organisation deactivate(long id) {
        organisations.lock(id);
        var organisation = organisations.find(id);
        organisation.deactivate();
        for (var user : staff.list(id)) {
            user.organisationDeactivated();
            rightsChanged.fire(new StaffRightsChanged(id, user.getId()));
        }
        return organisation;
    }

    /** Its staff may log in again (with new sessions; those from before stay ended). */
    public Organisation activate(long id) {
        organisations.lock(id);
        var organisation = organisations.find(id);
        organisation.activate();
        return organisation;
    }

    private static Summary summary(Organisation organisation, long staff) {
        return new Summary(organisation.getId(), organisation.getName(), organisation.isActive(),
                organisation.getCreatedAt(), staff);
    }
}
