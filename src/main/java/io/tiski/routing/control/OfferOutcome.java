package io.tiski.routing.control;

/** What one dispatch step did. */
enum OfferOutcome {
    /** A customer was offered to an agent: there may be more to offer. */
    OFFERED,
    /** Someone else changed the line or the agent in between: look again. */
    RETRY,
    /** No unoffered customer, or no available agent: nothing more to do now. */
    DONE
}
