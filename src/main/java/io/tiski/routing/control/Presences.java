package io.tiski.routing.control;

import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.control.StaffSignedIn;
import io.tiski.organisation.control.StaffSignedOut;
import io.tiski.organisation.entity.Role;
import io.tiski.platform.Conflict;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.UniqueKey;
import io.tiski.routing.entity.AgentPresence;
import io.tiski.routing.entity.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Agents' presence: online, away or offline.
 * Signing out takes an agent offline, and signing in gives back what they had chosen.
 */
@ApplicationScoped
@Transactional
public class Presences {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    Event<AgentFreed> freed;

    @Inject
    Event<AgentUnavailable> unavailable;

    public AgentPresence of(long organisationId, long userId) {
        var user = staff.find(organisationId, userId);
        return Optional.ofNullable(em.find(AgentPresence.class, user.getId()))
                .orElseGet(() -> new AgentPresence(user.getId(), organisationId, clock.instant()));
    }

    // Locked like an assignment (agent row first), so a change cannot slip between a capacity check and its use.
    public AgentPresence change(long organisationId, long userId, Presence presence) {
        if (presence == null) {
            throw new InvalidInput("presence", "routing.presence.invalid");
        }
        var user = staff.find(organisationId, userId);
        if (presence == Presence.ONLINE && !user.hasRole(Role.AGENT)) {
            throw new InvalidInput("presence", "routing.presence.notAgent");
        }
        var current = lockedFor(user.getId()).orElse(null);
        if (current == null) {
            current = new AgentPresence(user.getId(), organisationId, clock.instant());
            em.persist(current);
            UniqueKey.flush(em, () -> new Conflict(null, "error.retry"));
        }
        current.change(presence, clock.instant());
        if (current.takesChats()) {
            freed.fire(new AgentFreed(organisationId, user.getId()));
        } else {
            unavailable.fire(new AgentUnavailable(organisationId, user.getId()));
        }
        return current;
    }

    /**
     * Logging out, or a session that ran out: colleagues must not see the agent online, and their
     * offers go to others at once (AgentUnavailable, under the presence row's lock taken here).
     */
    public void signedOut(@Observes StaffSignedOut event) {
        lockedFor(event.userId()).filter(p -> p.getOrganisationId() == event.organisationId()).ifPresent(presence -> {
            presence.signedOut(clock.instant());
            unavailable.fire(new AgentUnavailable(event.organisationId(), event.userId()));
        });
    }

    /** Back at the desk as they left it, never silently online. */
    public void signedIn(@Observes StaffSignedIn event) {
        var user = staff.find(event.organisationId(), event.userId());
        lockedFor(user.getId()).flatMap(presence -> presence.signedIn(user.hasRole(Role.AGENT), clock.instant())
                .map(restored -> presence)).ifPresent(presence -> {
            if (presence.takesChats()) {
                freed.fire(new AgentFreed(event.organisationId(), user.getId()));
            }
        });
    }

    /** The organisation's other active agents with their presence, by name: whom a chat can be handed to. */
    public List<Colleague> colleaguesOf(long organisationId, long userId) {
        Map<Long, Presence> presence = em.createQuery(
                        "select p from AgentPresence p where p.organisationId = :org", AgentPresence.class)
                .setParameter("org", organisationId)
                .getResultStream()
                .collect(Collectors.toMap(AgentPresence::getUserId, AgentPresence::getPresence));
        return staff.listActiveWithRole(organisationId, Role.AGENT).stream()
                .filter(user -> user.getId() != userId)
                .map(user -> new Colleague(user.getId(), user.getDisplayName(),
                        presence.getOrDefault(user.getId(), Presence.OFFLINE)))
                .toList();
    }

    /** The agent's presence row, locked until the transaction ends (SELECT ... FOR UPDATE). */
    Optional<AgentPresence> lockedFor(long userId) {
        return Optional.ofNullable(em.find(AgentPresence.class, userId, LockModeType.PESSIMISTIC_WRITE));
    }
}
