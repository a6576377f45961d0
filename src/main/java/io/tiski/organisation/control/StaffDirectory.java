package io.tiski.organisation.control;

import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.platform.UniqueKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The staff of an organisation. Every method but {@link #activeByUsername} takes the caller's
 * organisation and never returns or changes a user of another one.
 */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    Event<StaffRightsChanged> rightsChanged;

    @Inject
    Operators operators;

    /**
     * Login is by username alone (unique across the installation); this is the one lookup not
     * scoped by organisation, and it is used only to authenticate and to resolve the caller. A
     * user of a deactivated organisation is not found: they cannot log in, and their sessions end.
     */
    public Optional<StaffUser> activeByUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username and u.active = true"
                                + " and u.organisation.active = true", StaffUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The rights version of each of these users who is active; inactive and unknown ones are left out. */
    public Map<Long, Integer> activeRightsVersions(Collection<Long> userIds) {
        Map<Long, Integer> versions = new HashMap<>();
        em.createQuery("select u.id, u.rightsVersion from StaffUser u where u.id in :ids and u.active = true"
                                + " and u.organisation.active = true",
                        Object[].class)
                .setParameter("ids", userIds)
                .getResultList()
                .forEach(row -> versions.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return versions;
    }

    public List<StaffUser> list(long organisationId) {
        return em.createQuery("select u from StaffUser u where u.organisationId = :org order by u.displayName, u.id",
                        StaffUser.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    public List<StaffUser> listActiveWithRole(long organisationId, Role role) {
        return em.createQuery("select u from StaffUser u where u.organisationId = :org and u.active = true"
                        + " and :role member of u.roles order by u.displayName, u.id", StaffUser.class)
                .setParameter("org", organisationId)
                .setParameter("role", role)
                .getResultList();
    }

    public StaffUser find(long organisationId, long userId) {
        var user = em.find(StaffUser.class, userId);
        if (user == null || !user.belongsTo(organisationId)) {
            throw new NotFound("user.notFound");
        }
        return user;
    }

    public StaffUser create(long organisationId, String username, String displayName, String password,
                            Set<Role> roles) {
        String login = StaffUser.normaliseUsername(username);
        String hash = passwords.hash(password);
        // One login namespace with the platform operators (login is by username alone).
        boolean taken = operators.usernameTaken(login) || !em.createQuery(
                        "select u.id from StaffUser u where u.username = :username", Long.class)
                .setParameter("username", login).getResultList().isEmpty();
        if (taken) {
            throw new Conflict("username", "user.username.taken", login);
        }
        var user = new StaffUser(organisations.find(organisationId), login, displayName, hash, roles, clock.instant());
        em.persist(user);
        UniqueKey.flush(em, () -> new Conflict("username", "user.username.taken", login));
        return user;
    }

    /** Changes name and roles; an organisation never loses its last active admin this way. */
    public StaffUser update(long organisationId, long userId, String displayName, Set<Role> roles) {
        organisations.lock(organisationId);
        var user = find(organisationId, userId);
        user.rename(displayName);
        boolean losesAdmin = user.isActiveAdmin() && (roles == null || !roles.contains(Role.ADMIN));
        int rights = user.getRightsVersion();
        user.assignRoles(roles);
        if (losesAdmin) {
            requireAnotherActiveAdmin(organisationId, user, "roles");
        }
        if (user.getRightsVersion() != rights) {
            rightsChanged.fire(new StaffRightsChanged(organisationId, userId));
        }
        return user;
    }

    /** A new password; the user's sessions from before it end at their next request. */
    public void resetPassword(long organisationId, long userId, String newPassword) {
        var user = find(organisationId, userId);
        user.changePasswordHash(passwords.hash(newPassword));
        rightsChanged.fire(new StaffRightsChanged(organisationId, userId));
    }

    /**
     * The user's own new password, after proving the current one (see {@link PasswordChange}); it
     * ends a required password change. Their sessions from before it end, the caller stamps its own again.
     */
    public void changeOwnPassword(long organisationId, long userId, String currentPassword, String newPassword) {
        var user = find(organisationId, userId);
        user.changeOwnPassword(PasswordChange.newHash(passwords, user.getPasswordHash(), currentPassword, newPassword));
        rightsChanged.fire(new StaffRightsChanged(organisationId, userId));
    }

    /** The user's own choice of language for Tiski's pages (null: the browser's). */
    public StaffUser chooseLanguage(long organisationId, long userId, String language) {
        var user = find(organisationId, userId);
        user.chooseLanguage(language);
        return user;
    }

    /** Deactivated users cannot log in and are logged out at their next request. */
    public StaffUser deactivate(long organisationId, long userId, long actingUserId) {
        if (userId == actingUserId) {
            throw new Conflict(null, "user.deactivate.self");
        }
        organisations.lock(organisationId);
        var user = find(organisationId, userId);
        if (user.isActiveAdmin()) {
            requireAnotherActiveAdmin(organisationId, user, null);
        }
        user.deactivate();
        rightsChanged.fire(new StaffRightsChanged(organisationId, userId));
        return user;
    }

    public StaffUser activate(long organisationId, long userId) {
        var user = find(organisationId, userId);
        user.activate();
        rightsChanged.fire(new StaffRightsChanged(organisationId, userId));
        return user;
    }

    // Callers hold the organisation lock (see Organisations.lock), so the count cannot go stale.
    private void requireAnotherActiveAdmin(long organisationId, StaffUser user, String field) {
        long others = em.createQuery("select count(u) from StaffUser u where u.organisationId = :org"
                        + " and u.active = true and :admin member of u.roles and u.id <> :id", Long.class)
                .setParameter("org", organisationId)
                .setParameter("admin", Role.ADMIN)
                .setParameter("id", user.getId())
                .getSingleResult();
        if (others == 0) {
            throw new Conflict(field, "user.lastAdmin");
        }
    }
}
