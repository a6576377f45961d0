package io.tiski.chat.boundary;

import io.tiski.chat.control.ChatDelivery;
import io.tiski.chat.control.Messages;
import io.tiski.platform.ApplicationFailure;
import io.tiski.routing.boundary.AgentFrames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

/**
 * Chat frames on an agent's live line: {@code send} (conversationId, clientId, body, private)
 * and {@code resume} (conversationId, afterSeq). Every frame is checked for that conversation:
 * staff of its organisation may read it, only the agents in it may write.
 */
@ApplicationScoped
public class AgentChatFrames implements AgentFrames {

    @Inject
    Messages messages;

    @Inject
    ChatDelivery delivery;

    @Override
    public void received(Session session, long organisationId, long userId, String text) {
        ChatFrames.read(session, text).ifPresent(frame -> {
            String clientId = ChatFrames.string(frame, "clientId");
            long conversationId = ChatFrames.number(frame, "conversationId");
            try {
                switch (frame.getString("type")) {
                    case "send" -> {
                        var posted = messages.postAsStaff(organisationId, userId, conversationId, clientId,
                                ChatFrames.string(frame, "body"), frame.getBoolean("private", false));
                        var message = posted.message();
                        ChatFrames.send(session, new ChatAckJson(conversationId, message.getClientId(), message.getSeq()));
                        if (!posted.repeated()) {
                            delivery.deliver(posted);
                        }
                    }
                    case "resume" -> ChatFrames.catchUp(session, ChatFrames.number(frame, "afterSeq"),
                            after -> messages.afterForStaff(organisationId, conversationId, after));
                    default -> ChatFrames.send(session, new ChatErrorJson(clientId, "Unknown frame type"));
                }
            } catch (ApplicationFailure failure) {
                ChatFrames.error(session, clientId, failure);
            }
        });
    }
}
