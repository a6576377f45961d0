package io.tiski.reply.boundary;

import io.tiski.platform.InvalidInput;
import io.tiski.reply.entity.ReplyContent;
import io.tiski.reply.entity.ReplyVersion;
import java.util.List;

/**
 * Body of a create or update: the whole reply, as PUT replaces it. {@code queueId} is read only by
 * the admin API (an agent's own reply serves in every queue). The values are checked by the reply
 * itself, which gives the same messages as the admin screen. {@code text} is the default version,
 * in {@code language} (optional); {@code versions} (optional) the texts for other languages, each
 * {@code {language, text}}: what is not sent is deleted.
 */
public record ReplyChangeJson(String keyword, String title, String text, String language,
                              List<ReplyVersion> versions, Long queueId) {

    static ReplyChangeJson required(ReplyChangeJson body) {
        if (body == null) {
            throw new InvalidInput(null, "reply.required");
        }
        return body;
    }

    ReplyContent content() {
        return new ReplyContent(keyword, title, text, language, versions);
    }
}
