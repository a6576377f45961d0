package io.tiski.live;

import io.tiski.chat.control.Messages;
import io.tiski.chat.control.Posting;
import io.tiski.chat.control.Send;
import io.tiski.chat.control.Signal;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.platform.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

/**
 * Chat frames on an agent's live line: {@code send} (conversationId, clientId, body, private,
 * options: an optional menu of choices for the customer, attachments: ids of files uploaded first),
 * {@code resume} (conversationId, afterSeq) and {@code typing} (conversationId). Every frame is checked for that conversation:
 * staff of its organisation may read it, only the agents in it may write.
 */
@ApplicationScoped
public class AgentChatFrames {

    @Inject
    Messages messages;

    @Inject
    Posting posting;

    @Inject
    Event<Signal> signals;

    @Inject
    StaffDirectory staff;

    private String staffName(long organisationId, long userId) {
        return staff.find(organisationId, userId).getDisplayName();
    }

    @Inject
    SendRates rates;

    void received(Session session, long organisationId, long userId, String text) {
        ChatFrames.read(session, text).ifPresent(frame -> {
            String clientId = ChatFrames.string(frame, "clientId");
            long conversationId = ChatFrames.number(frame, "conversationId");
            try {
                if (!staff.find(organisationId, userId).isActive()) {
                    ChatFrames.close(session, jakarta.websocket.CloseReason.CloseCodes.VIOLATED_POLICY, "Deactivated");
                    return;
                }
                String type = frame.getString("type");
                // A catch-up is never refused as too fast: it is how a line recovers after a gap
                // (a reconnect, a database outage), and it stores nothing.
                if (!type.equals("resume")) {
                    rates.staffActs(userId);
                }
                switch (type) {
                    case "send" -> {
                        var posted = posting.post(Send.fromStaff(organisationId, userId, conversationId, clientId,
                                ChatFrames.string(frame, "body"), frame.getBoolean("private", false),
                                ChatFrames.strings(frame, "options"), ChatFrames.numbers(frame, "attachments")));
                        ChatFrames.acknowledge(session, posted);
                    }
                    case "resume" -> ChatFrames.catchUp(session, conversationId, ChatFrames.number(frame, "afterSeq"),
                            after -> messages.afterForStaff(organisationId, conversationId, after),
                            () -> messages.lastSeq(conversationId));
                    case "typing" -> {
                        var audience = messages.staffTyping(organisationId, userId, conversationId);
                        signals.fire(new Signal(conversationId, audience.staff(), true,
                                ChatSignalJson.typing(conversationId, "AGENT", staffName(organisationId, userId))));
                    }
                    default -> ChatFrames.send(session, new ChatErrorJson(clientId, "chat.unknownFrame", "Unknown frame type"));
                }
            } catch (ApplicationFailure failure) {
                ChatFrames.error(session, clientId, failure);
            } catch (RuntimeException unexpected) {
                ChatFrames.failed(session, clientId, unexpected);
            }
        });
    }
}
