package io.tiski.routing.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every two seconds: passes on customers whose offer ran out (skipping the agent who let it run
 * out), lets unanswered transfer and invitation requests lapse, and offers whoever is still unoffered. Every server runs it; each step re-checks under row
 * locks, so running it twice at once changes nothing twice.
 */
@Singleton
public class OfferSweep {

    @Inject
    Offers offers;

    @Inject
    OfferDispatch dispatch;

    @Inject
    Handovers handovers;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        for (long conversationId : offers.expiredOffers()) {
            offers.expire(conversationId);
        }
        handovers.expireOverdue();
        dispatch.dispatchAll(null);
    }
}
