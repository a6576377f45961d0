package io.tiski.routing.boundary;

import io.tiski.routing.entity.AgentPresence;
import io.tiski.routing.entity.Presence;

/** An agent's presence as the API shows and takes it. */
public record PresenceJson(Presence presence) {

    static PresenceJson of(AgentPresence presence) {
        return new PresenceJson(presence.getPresence());
    }
}
