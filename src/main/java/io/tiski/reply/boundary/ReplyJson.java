package io.tiski.reply.boundary;

import io.tiski.reply.control.ReplyInConversation;
import io.tiski.reply.entity.CannedReply;
import io.tiski.reply.entity.ReplyVersion;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * A canned reply as the desk and the admin API see it. {@code own}: the caller's own reply (the
 * desk prefers it over an organisation-wide one with the same keyword); {@code queueId}: the one
 * queue an organisation-wide reply serves, null for every queue. {@code text} is the default
 * version, in {@code language} (null: not said), and {@code versions} the texts for other
 * languages, as a change sends them.
 *
 * <p>Listed for a conversation, a reply is as the desk puts it into that chat: {@code text} and
 * {@code language} are the version for the conversation's customer, and {@code versions} is null.
 */
@JsonbNillable
public record ReplyJson(long id, String keyword, String title, String text, String language, boolean own,
                        Long queueId, List<ReplyVersion> versions) {

    static ReplyJson of(CannedReply reply) {
        return new ReplyJson(reply.getId(), reply.getKeyword(), reply.getTitle(), reply.getText(), reply.getLanguage(),
                reply.isOwn(), reply.getQueueId(), reply.getVersions());
    }

    static ReplyJson of(ReplyInConversation usable) {
        var reply = usable.reply();
        return new ReplyJson(reply.getId(), reply.getKeyword(), reply.getTitle(), usable.version().text(),
                usable.version().language(), reply.isOwn(), reply.getQueueId(), null);
    }

    /** 201 with the new reply, located below the address it was posted to. */
    static Response created(UriInfo postedTo, CannedReply reply) {
        return Response.created(postedTo.getAbsolutePathBuilder().path(String.valueOf(reply.getId())).build())
                .entity(of(reply)).build();
    }
}
