package io.tiski.live;

import io.tiski.routing.boundary.HandoverJson;
import io.tiski.routing.boundary.OfferJson;
import java.util.List;

/** What the agent is asked to answer now, pushed whole whenever it changes (type "inbox"). */
public record AgentInboxJson(String type, List<OfferJson> offers, List<HandoverJson> handovers) {

    AgentInboxJson(List<OfferJson> offers, List<HandoverJson> handovers) {
        this("inbox", offers, handovers);
    }
}
