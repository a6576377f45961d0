package io.tiski.live;

import io.tiski.chat.control.Messages;
import io.tiski.chat.control.Posted;
import io.tiski.chat.control.Stored;
import io.tiski.platform.ApplicationFailure;
import io.tiski.platform.DatabaseOutage;
import io.tiski.platform.FailureLog;
import io.tiski.platform.ServiceUnavailable;
import io.tiski.platform.UiText;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reading and writing the chat's JSON frames, shared by the customer's and the agent's connection. */
public final class ChatFrames {

    /** Frames larger than this close the connection (the container enforces it, code 1009). */
    public static final int MAX_FRAME = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(ChatFrames.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private ChatFrames() {
    }

    /** The frame as a JSON object with a string "type", or empty after closing a connection that sent junk. */
    public static Optional<JsonObject> read(Session session, String text) {
        try {
            var frame = Json.createReader(new StringReader(text)).readObject();
            if (frame.get("type") instanceof jakarta.json.JsonString) {
                return Optional.of(frame);
            }
        } catch (JsonException | IllegalStateException e) {
            LOG.log(Level.FINE, "Malformed chat frame", e);
        }
        close(session, CloseReason.CloseCodes.CANNOT_ACCEPT, "Malformed frame");
        return Optional.empty();
    }

    public static void send(Session session, Object frame) {
        sendText(session, JSON.toJson(frame));
    }

    public static void sendText(Session session, String text) {
        SocketSender.send(session, text);
    }

    /**
     * Acknowledges a stored message to its sender. Everyone in the conversation hears it through
     * {@link LiveEvents} once committed, a repeat too ({@link Posted}: a message stored just before
     * the database went away may have been answered "try again" and heard by nobody).
     */
    static void acknowledge(Session session, Posted posted) {
        var message = posted.message();
        send(session, new ChatAckJson(message.getConversationId(), message.getClientId(), message.getSeq()));
    }

    public static void error(Session session, String clientId, ApplicationFailure failure) {
        send(session, new ChatErrorJson(clientId, failure.messageKey(), UiText.of(Locale.ENGLISH, failure)));
    }

    /**
     * Something went wrong that the sender cannot fix: nothing was stored, so the frame may simply be
     * sent again with the same client id; the connection stays usable. A database that does not
     * answer is {@code error.unavailable} with {@code retryAfterSeconds} (at once: queries do not
     * wait for it, see {@link io.tiski.platform.FailFastQueries}); anything else (a lock timeout) is
     * {@code error.retry}. Logged once per interval with counts ({@link FailureLog}): during an
     * outage every frame fails alike, and a stack trace each filled the log by megabytes.
     */
    public static void failed(Session session, String clientId, RuntimeException error) {
        FailureLog.failed("chat frame", error);
        if (DatabaseOutage.isCause(error)) {
            send(session, new ChatErrorJson(clientId, "error.unavailable",
                    UiText.get(Locale.ENGLISH, "error.unavailable"), (long) ServiceUnavailable.RETRY_AFTER_SECONDS));
        } else {
            send(session, new ChatErrorJson(clientId, "error.retry", UiText.get(Locale.ENGLISH, "error.failed.text")));
        }
    }

    /**
     * Sends everything after {@code afterSeq}, page by page, in order, then {@code caughtUp} with the
     * conversation's last number read after the pages: the client may move its "last seen" there,
     * since anything committed later reaches it live (the connection was registered before). Pages
     * are paced ({@link SocketSender#sendPage}): the next is read while one is written and queued
     * once it is, so a conversation of any length catches up without filling the connection's queue
     * (which would close it, and with an agent's line every chat of theirs). The connection's own
     * next frame waits meanwhile (the container hands it one frame at a time); no other does.
     */
    public static void catchUp(Session session, long conversationId, long afterSeq,
                               Function<Long, List<Stored>> page, LongSupplier lastSeq) {
        long after = afterSeq;
        CompletableFuture<Boolean> previous = CompletableFuture.completedFuture(true);
        List<Stored> batch;
        do {
            batch = page.apply(after);
            if (!SocketSender.written(session, previous)) {
                return;
            }
            previous = SocketSender.sendPage(session, batch.stream()
                    .map(stored -> JSON.toJson(ChatMessageJson.of(stored.message(), stored.senderName()))).toList());
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).message().getSeq();
            }
        } while (batch.size() == Messages.PAGE);
        SocketSender.sendPage(session, List.of(JSON.toJson(new ChatCaughtUpJson(conversationId,
                Math.max(after, lastSeq.getAsLong())))));
    }

    /** Closes the connection after what was queued for it (e.g. the error frame that explains why). */
    public static void close(Session session, CloseReason.CloseCode code, String reason) {
        SocketSender.closeAfterQueued(session, new CloseReason(code, reason));
    }

    public static String string(JsonObject frame, String name) {
        return frame.get(name) instanceof jakarta.json.JsonString value ? value.getString() : null;
    }

    /** The strings of a JSON array member; an empty list without one, null for a member of another shape. */
    public static List<String> strings(JsonObject frame, String name) {
        if (!(frame.get(name) instanceof jakarta.json.JsonArray array)) {
            return List.of();
        }
        return array.stream().map(value -> value instanceof jakarta.json.JsonString text ? text.getString() : null).toList();
    }

    /** The numbers of a JSON array member (e.g. attachment ids); empty without one, invalid input for other shapes. */
    public static List<Long> numbers(JsonObject frame, String name) {
        var value = frame.get(name);
        if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof jakarta.json.JsonArray array)
                || !array.stream().allMatch(item -> item instanceof jakarta.json.JsonNumber)) {
            throw new io.tiski.platform.InvalidInput(name, "chat.attachment.unknown");
        }
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
    }

    /** A number member, or null without one. */
    public static Long optionalNumber(JsonObject frame, String name) {
        return frame.get(name) instanceof jakarta.json.JsonNumber value ? value.longValue() : null;
    }

    public static long number(JsonObject frame, String name) {
        return frame.get(name) instanceof jakarta.json.JsonNumber value ? value.longValue() : 0;
    }
}
