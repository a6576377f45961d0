package io.tiski.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A query that meets a database that does not answer fails at once. EclipseLink would try a read
 * outside a transaction three more times, five seconds apart (its DatabaseLogin's query retry), so
 * during an outage a request, a login or a chat frame hung 10 to 15 s before failing, and their
 * backlog hit the rate limits when the database came back. Tiski answers "briefly unavailable, try
 * again" instead ({@link DatabaseOutage}); the client retries, and the pool reconnects by itself.
 * The setting has no persistence-unit property and EclipseLink's classes are not visible to the
 * application, so it is made once at start, by name, on the unit's session.
 */
@ApplicationScoped
public class FailFastQueries {

    private static final Logger LOG = Logger.getLogger(FailFastQueries.class.getName());

    @PersistenceUnit(unitName = "tiski")
    EntityManagerFactory units;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        var entityManager = units.createEntityManager();
        try {
            Object eclipseLink = entityManager.getDelegate();
            Object session = eclipseLink.getClass().getMethod("getDatabaseSession").invoke(eclipseLink);
            Object login = session.getClass().getMethod("getLogin").invoke(session);
            login.getClass().getMethod("setQueryRetryAttemptCount", int.class).invoke(login, 0);
            LOG.info("Queries fail at once when the database does not answer (no query retry)");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not switch off EclipseLink's query retry: during a database outage"
                    + " requests take 10 to 15 s to fail", e);
        } finally {
            entityManager.close();
        }
    }
}
