package io.tiski.routing.control;

import io.tiski.platform.OneRunAtATime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

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

    // Per queue, on this server, one dispatch run at a time: many triggers at once (a burst of
    // joins) then cost one run, not one each racing the others for the same customer and agent.
    // Across servers the row locks keep this correct.
    private final OneRunAtATime<Long> runs = new OneRunAtATime<>();

    public int dispatch(long queueId) {
        return runs.run(queueId, () -> run(queueId));
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
