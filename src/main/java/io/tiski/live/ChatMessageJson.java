package io.tiski.live;

import io.tiski.conversation.entity.Attachment;
import io.tiski.conversation.entity.Message;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A stored message as both sides receive it (type "message"); clients order by {@code seq}.
 * {@code options}: the choices of an agent's options menu (empty for none); {@code answerTo}: the
 * message whose menu a customer's message answers; {@code attachments}: the files it carries.
 */
@JsonbNillable
public record ChatMessageJson(String type, long conversationId, long seq, String sender, String senderName,
                              String body, boolean staffOnly, Instant at, String clientId, List<String> options,
                              Long answerTo, List<AttachmentJson> attachments) {

    static ChatMessageJson of(Message m, String senderName) {
        return new ChatMessageJson("message", m.getConversationId(), m.getSeq(), m.getSenderType().name(), senderName,
                m.getBody(), m.isStaffOnly(), m.getCreatedAt(), m.getClientId(), m.getOptions(), m.getAnswerTo(),
                m.getAttachments().stream().map(AttachmentJson::of).toList());
    }

    /** A file as the clients see it: fetched by id from the customer's or the staff's download address. */
    public record AttachmentJson(long id, String name, long size, String contentType, boolean image) {

        public static AttachmentJson of(Attachment a) {
            return new AttachmentJson(a.getId(), a.getOriginalName(), a.getSizeBytes(), a.getContentType(), a.isImage());
        }
    }
}
