package io.tiski.reply.boundary;

import io.tiski.platform.InvalidInput;
import io.tiski.reply.entity.ReplyContent;

/**
 * Body of a create or update: the whole reply, as PUT replaces it. {@code queueId} is read only by
 * the admin API (an agent's own reply serves in every queue). The values are checked by the reply
 * itself, which gives the same messages as the admin screen.
 */
public record ReplyChangeJson(String keyword, String title, String text, Long queueId) {

    static ReplyChangeJson required(ReplyChangeJson body) {
        if (body == null) {
            throw new InvalidInput(null, "reply.required");
        }
        return body;
    }

    ReplyContent content() {
        return new ReplyContent(keyword, title, text);
    }
}
