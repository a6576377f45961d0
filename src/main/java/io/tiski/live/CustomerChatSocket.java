package io.tiski.live;

import io.tiski.chat.control.Messages;
import io.tiski.chat.control.Posting;
import io.tiski.chat.control.Send;
import io.tiski.chat.control.Signal;
import io.tiski.platform.ApplicationFailure;
import io.tiski.platform.NotFound;
import io.tiski.routing.control.WaitingLine;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * /ws/customer: the widget's chat line. The first frame is {@code {"type":"hello","token":...,
 * "afterSeq":n}}; the token (never in the URL) picks the one conversation this connection may read
 * and write, and everything after {@code afterSeq} is sent at once. Then {@code send} (clientId,
 * body) is acknowledged after commit, {@code resume} (afterSeq) catches up again, {@code typing}
 * and {@code seen} (seq) are passed to the agents, and {@code end} ends the conversation. The
 * widget opens it as soon as the customer joins a queue: the line gets a {@code status} frame on
 * its hello and whenever the status changes ({@link CustomerStatusJson}), and while it is open the
 * customer counts as present ({@link CustomerLineHeartbeat}).
 */
@ServerEndpoint(value = "/ws/customer", configurator = ClientAddress.Configurator.class)
public class CustomerChatSocket {

    private static final String TOKEN = "tiski.token";
    private static final String CONVERSATION = "tiski.conversationId";
    private static final String ORGANISATION = "tiski.organisationId";
    private static final Logger LOG = Logger.getLogger(CustomerChatSocket.class.getName());

    @Inject
    Messages messages;

    @Inject
    Posting posting;

    @Inject
    Event<Signal> signals;

    @Inject
    CustomerLines connections;

    @Inject
    WaitingLine line;

    @Inject
    SendRates rates;

    @Inject
    UngreetedLines ungreeted;

    @Inject
    CustomerStatusPush statuses;

    @OnOpen
    public void opened(Session session) {
        SocketProperties.opened(session);
        if (!ungreeted.opened(session, ClientAddress.of(session))) {
            ChatFrames.close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "Too many lines");
        }
    }

    @OnMessage(maxMessageSize = ChatFrames.MAX_FRAME)
    public void frame(String text, Session session) {
        ChatFrames.read(session, text).ifPresent(frame -> {
            String clientId = ChatFrames.string(frame, "clientId");
            try {
                handle(frame, session);
            } catch (ApplicationFailure failure) {
                ChatFrames.error(session, clientId, failure);
                if (!SocketProperties.of(session).containsKey(CONVERSATION)) {
                    ChatFrames.close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "No conversation");
                }
            } catch (RuntimeException unexpected) {
                ChatFrames.failed(session, clientId, unexpected);
            }
        });
    }

    private void handle(JsonObject frame, Session session) {
        var props = SocketProperties.of(session);
        String type = frame.getString("type");
        if (type.equals("hello")) {
            if (props.containsKey(TOKEN)) {
                ChatFrames.send(session, new ChatErrorJson(null, "chat.helloTwice", "One hello per connection"));
                return;
            }
            String token = ChatFrames.string(frame, "token");
            var conversation = messages.customerConversation(token);
            if (!openedFor(session, conversation.getOrganisationId())) {
                throw new NotFound("routing.conversation.notFound");
            }
            long conversationId = conversation.getId();
            props.put(TOKEN, token);
            props.put(CONVERSATION, conversationId);
            props.put(ORGANISATION, conversation.getOrganisationId());
            ungreeted.greetedOrGone(session);
            connections.customerFollows(conversation.getOrganisationId(), conversationId, session).ifPresent(oldest ->
                    ChatFrames.close(oldest, CloseReason.CloseCodes.VIOLATED_POLICY, "Replaced"));
            // The line is the customer's sign of life from now on (CustomerLineHeartbeat): a widget
            // that reconnects within the grace period keeps its place.
            line.customersPresent(List.of(conversationId));
            // First where the conversation stands (the widget shows the wait or the chat), then the messages.
            statuses.conversationChanged(conversationId);
            catchUp(session, token, conversationId, ChatFrames.number(frame, "afterSeq"));
            return;
        }
        String token = (String) props.get(TOKEN);
        if (token == null) {
            ChatFrames.close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "Say hello with the token first");
            return;
        }
        // A catch-up is never refused as too fast: it is how a line recovers after a gap, and it stores nothing.
        if (!type.equals("resume")) {
            rates.customerActs((Long) props.get(CONVERSATION), ClientAddress.of(session));
        }
        switch (type) {
            case "send" -> {
                var posted = posting.post(Send.fromCustomer((Long) props.get(CONVERSATION),
                        ChatFrames.string(frame, "clientId"), ChatFrames.string(frame, "body"),
                        ChatFrames.optionalNumber(frame, "answerTo"), ChatFrames.numbers(frame, "attachments")));
                ChatFrames.acknowledge(session, posted);
            }
            case "resume" -> catchUp(session, token, (Long) props.get(CONVERSATION), ChatFrames.number(frame, "afterSeq"));
            case "typing" -> {
                var audience = messages.customerTyping(token);
                signals.fire(new Signal(audience.conversationId(), audience.staff(), false,
                        ChatSignalJson.typing(audience.conversationId(), "CUSTOMER", null)));
            }
            case "seen" -> {
                var seen = messages.customerSaw(token, ChatFrames.number(frame, "seq"));
                var audience = seen.audience();
                signals.fire(new Signal(audience.conversationId(), audience.staff(), false,
                        ChatSignalJson.seen(audience.conversationId(), seen.seq())));
            }
            // The customer ends the chat; both sides get "ended" once it is committed (ChatEndings).
            case "end" -> line.leave(token);
            default -> ChatFrames.send(session, new ChatErrorJson(null, "chat.unknownFrame", "Unknown frame type"));
        }
    }

    /** A line opened by a widget for one organisation (see {@link CustomerSocketFilter}) serves only its chats. */
    private static boolean openedFor(Session session, long organisationId) {
        var named = session.getRequestParameterMap().get(CustomerSocketFilter.ORGANISATION);
        return named == null || named.isEmpty() || named.get(0).equals(Long.toString(organisationId));
    }

    private void catchUp(Session session, String token, long conversationId, long afterSeq) {
        ChatFrames.catchUp(session, conversationId, afterSeq, after -> messages.afterForCustomer(token, after),
                () -> messages.lastSeq(conversationId));
    }

    @OnClose
    public void closed(Session session) {
        forget(session);
    }

    // Closed, not just forgotten: a connection that stays open but gets nothing would leave the
    // widget waiting forever; closed, it reconnects and catches up.
    @OnError
    public void failed(Session session, Throwable error) {
        forget(session);
        ChatFrames.close(session, CloseReason.CloseCodes.UNEXPECTED_CONDITION, "Error");
    }

    private void forget(Session session) {
        ungreeted.greetedOrGone(session);
        var props = SocketProperties.of(session);
        if (props.get(CONVERSATION) instanceof Long conversationId && props.get(ORGANISATION) instanceof Long organisationId
                && !connections.customerLeft(organisationId, conversationId, session)) {
            // Its last line here: the grace period starts now, not at the last heartbeat.
            try {
                line.customersPresent(List.of(conversationId));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A closing customer line could not note the time; the last heartbeat stands", e);
            }
        }
    }
}
