package io.tiski.desk.control;

import io.tiski.desk.entity.DeskPreferences;
import io.tiski.platform.Conflict;
import io.tiski.platform.UniqueKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The signed-in agent's desk preferences, read and changed only by themselves. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AgentPreferences {

    @PersistenceContext
    EntityManager em;

    public DeskPreferences of(long organisationId, long userId) {
        return Optional.ofNullable(em.find(DeskPreferences.class, userId))
                .orElseGet(() -> DeskPreferences.defaultsFor(organisationId, userId));
    }

    /** A switch given as null keeps its value. */
    public DeskPreferences change(long organisationId, long userId, Boolean soundAlerts, Boolean tabFlash) {
        var stored = em.find(DeskPreferences.class, userId);
        if (stored == null) {
            stored = DeskPreferences.defaultsFor(organisationId, userId);
            stored.change(soundAlerts, tabFlash);
            em.persist(stored);
            // The same agent saving from two tabs at once: the second gets "try again", not a 500.
            UniqueKey.flush(em, () -> new Conflict(null, "error.retry"));
        } else {
            stored.change(soundAlerts, tabFlash);
        }
        return stored;
    }
}
