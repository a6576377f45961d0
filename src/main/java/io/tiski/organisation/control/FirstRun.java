package io.tiski.organisation.control;

import io.tiski.organisation.entity.InstallationSetup;
import io.tiski.organisation.entity.Organisation;
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

/**
 * The first organisation of an installation: made once, either by the demo seed or by the
 * first-run setup (with the setup token from the log), which also makes the first platform
 * operator. Both claim the one {@link InstallationSetup} row in the transaction that makes the
 * organisation; of two at once the second breaks its primary key and rolls back whole, so an
 * installation gets exactly one first organisation however many setups race.
 */
@ApplicationScoped
@Transactional
public class FirstRun {

    /** What the setup page asks for. */
    public record Setup(String organisationName, OrganisationLifecycle.FirstAdmin admin, String operatorUsername,
                        String operatorPassword) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    OrganisationLifecycle lifecycle;

    @Inject
    Operators operators;

    @Inject
    SetupToken token;

    @Inject
    Event<FirstRunDone> done;

    @Inject
    Clock clock;

    /** Whether the setup page may be shown for this token: right token, and still no organisation. */
    public boolean open(String candidate) {
        return token.matches(candidate) && organisations.none();
    }

    /**
     * Makes the first organisation with its admin (who chose the password: no change required) and
     * the first operator. Not found once the token is void or an organisation exists: the loser of
     * a race gets the answer a late visitor gets.
     */
    public Organisation setUp(String candidate, Setup setup) {
        if (!open(candidate)) {
            throw new NotFound("setup.gone");
        }
        var organisation = lifecycle.create(setup.organisationName(), setup.admin(), true);
        operators.create(setup.operatorUsername(), setup.operatorPassword());
        // Last, so the row lock it takes is held only for the commit: a second setup waits that long.
        claim(InstallationSetup.By.FIRST_RUN);
        done.fire(new FirstRunDone());
        return organisation;
    }

    /**
     * Claims the installation's first organisation for the caller's transaction; a {@link Conflict}
     * (and a transaction that can only roll back) when someone else claimed it first.
     */
    public void claim(InstallationSetup.By by) {
        em.persist(new InstallationSetup(by, clock.instant()));
        UniqueKey.flush(em, () -> new NotFound("setup.gone"));
    }
}
