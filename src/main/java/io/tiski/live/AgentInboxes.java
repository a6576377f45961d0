package io.tiski.live;

import io.tiski.routing.boundary.HandoverJson;
import io.tiski.routing.boundary.OfferJson;
import io.tiski.routing.control.Handovers;
import io.tiski.routing.control.Offers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

/** The agent's inbox as the JSON text the desk receives; read in one transaction from the database. */
@ApplicationScoped
public class AgentInboxes {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Offers offers;

    @Inject
    Handovers handovers;

    @Transactional
    public String of(long organisationId, long agentId) {
        return JSON.toJson(new AgentInboxJson(
                offers.pendingFor(organisationId, agentId).stream().map(OfferJson::of).toList(),
                handovers.pendingFor(organisationId, agentId).stream().map(HandoverJson::of).toList()));
    }
}
