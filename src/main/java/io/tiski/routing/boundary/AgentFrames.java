package io.tiski.routing.boundary;

import jakarta.websocket.Session;

/**
 * What an agent sends over the live line (chat messages, catch-up requests). Implemented by the
 * chat feature, so routing does not depend on it; without an implementation frames are ignored.
 */
public interface AgentFrames {

    void received(Session session, long organisationId, long userId, String text);
}
