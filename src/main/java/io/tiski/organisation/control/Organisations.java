package io.tiski.organisation.control;

import io.tiski.organisation.entity.Organisation;
import io.tiski.platform.Conflict;
import io.tiski.platform.Names;
import io.tiski.platform.NotFound;
import io.tiski.platform.UniqueKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Creates and finds organisations (tenants). */
@ApplicationScoped
@Transactional
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Organisation create(String name) {
        String trimmed = Names.valid(name, Organisation.MAX_NAME_LENGTH, "organisation.name.invalid");
        requireFreeName(trimmed, null);
        var organisation = new Organisation(trimmed, clock.instant());
        em.persist(organisation);
        UniqueKey.flush(em, () -> new Conflict("name", "organisation.name.taken", trimmed));
        return organisation;
    }

    /** Every organisation of the installation, by name: for platform operators only. */
    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.name, o.id", Organisation.class).getResultList();
    }

    /** A new name; the unique key decides between two organisations renamed to one name at once. */
    public Organisation rename(long id, String name) {
        var organisation = find(id);
        String trimmed = Names.valid(name, Organisation.MAX_NAME_LENGTH, "organisation.name.invalid");
        requireFreeName(trimmed, id);
        organisation.rename(trimmed);
        UniqueKey.flush(em, () -> new Conflict("name", "organisation.name.taken", trimmed));
        return organisation;
    }

    private void requireFreeName(String name, Long except) {
        boolean taken = em.createQuery("select o.id from Organisation o where o.name = :name", Long.class)
                .setParameter("name", name).getResultStream().anyMatch(other -> !other.equals(except));
        if (taken) {
            throw new Conflict("name", "organisation.name.taken", name);
        }
    }

    public boolean none() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() == 0;
    }

    public Organisation find(long id) {
        var organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFound("organisation.notFound");
        }
        return organisation;
    }

    /** Refuses with {@link OrganisationInactive} unless the organisation exists and is active (not found otherwise). */
    public void requireActive(long id) {
        if (!find(id).isActive()) {
            throw new OrganisationInactive();
        }
    }

    /** Replaces the web sites whose pages may open the organisation's customer chat. */
    /** The widget's settings: the sites that may show it and whether a new chat needs a challenge solved. */
    public Organisation configureWidget(long id, List<String> origins, boolean challengeChats) {
        var organisation = find(id);
        organisation.allowWidgetOn(origins);
        organisation.challengeChats(challengeChats);
        return organisation;
    }

    /**
     * The admin's Organisation screen at once: the widget's settings and the time zone, all or
     * nothing (a bad entry in either changes neither).
     */
    public Organisation configure(long id, List<String> origins, boolean challengeChats, String timeZone) {
        var organisation = configureWidget(id, origins, challengeChats);
        organisation.setTimeZone(timeZone);
        return organisation;
    }

    /** Sets the zone the desk and the widget show times in. */
    public Organisation setTimeZone(long id, String timeZone) {
        var organisation = find(id);
        organisation.setTimeZone(timeZone);
        return organisation;
    }

    /** Sets who may keep contact cards and the country of phone numbers without a country code. */
    public Organisation setContactRules(long id, boolean agentsMayEdit, String defaultCountry) {
        var organisation = find(id);
        organisation.setContactRules(agentsMayEdit, defaultCountry);
        return organisation;
    }

    /**
     * Locks the organisation's row until the transaction ends. Rules that count across the
     * organisation (such as "at least one active admin") take this lock first, so two admins
     * acting at once are serialised instead of both passing the count.
     */
    public void lock(long id) {
        em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
