package io.tiski.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs offer steps until a queue has nothing more to offer. Triggered right after the transaction
 * that changed the picture commits (a customer joined, an agent became free) and by
 * {@link OfferSweep} every few seconds, which also catches what another server changed.
 * Each step is its own short transaction, so concurrent dispatches on any server are safe.
 */
@ApplicationScoped
public class OfferDispatch {

    // Bounds one dispatch run; what is left is taken by the next trigger or sweep.
    private static final int MAX_STEPS = 200;

    @Inject
    Offers offers;

    // Per queue, on this server: whether a dispatch is running, and whether it must look again.
    // Many triggers at once (a burst of joins) then cost one dispatch run, not one each racing the
    // others for the same customer and agent. Across servers the row locks keep this correct.
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final Map<Long, AtomicBoolean> again = new ConcurrentHashMap<>();

    public int dispatch(long queueId) {
        var lookAgain = again.computeIfAbsent(queueId, id -> new AtomicBoolean());
        lookAgain.set(true);
        int offered = 0;
        while (running.add(queueId)) {
            try {
                while (lookAgain.getAndSet(false)) {
                    offered += run(queueId);
                }
            } finally {
                running.remove(queueId);
            }
            if (!lookAgain.get()) {
                break;
            }
        }
        return offered;
    }

    private int run(long queueId) {
        int offered = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            var outcome = offers.offerNext(queueId);
            if (outcome == OfferOutcome.DONE) {
                break;
            }
            if (outcome == OfferOutcome.OFFERED) {
                offered++;
            }
        }
        return offered;
    }

    public int dispatchAll(Long organisationId) {
        return offers.queuesWithUnofferedCustomers(organisationId).stream().mapToInt(this::dispatch).sum();
    }

    @Inject
    Event<DispatchRequested> requests;

    // After the commit, so the dispatch sees the change; on another thread, because a transaction
    // that has just completed is no place to start new ones.
    void customerQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerQueued event) {
        requests.fireAsync(new DispatchRequested(event.organisationId(), event.queueId()));
    }

    void agentFreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentFreed event) {
        requests.fireAsync(new DispatchRequested(event.organisationId(), null));
    }

    // Customers withdrawn from an agent who went away are offered to the others.
    void agentUnavailable(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentUnavailable event) {
        requests.fireAsync(new DispatchRequested(event.organisationId(), null));
    }

    void dispatchRequested(@ObservesAsync DispatchRequested request) {
        if (request.queueId() == null) {
            dispatchAll(request.organisationId());
        } else {
            dispatch(request.queueId());
        }
    }

    /** Offer what can be offered in a queue, or in every offer queue of the organisation (queueId null). */
    record DispatchRequested(long organisationId, Long queueId) {
    }
}
