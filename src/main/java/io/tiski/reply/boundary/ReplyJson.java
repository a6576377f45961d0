package io.tiski.reply.boundary;

import io.tiski.reply.entity.CannedReply;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A canned reply as the desk and the admin API see it. {@code own}: the caller's own reply (the
 * desk prefers it over an organisation-wide one with the same keyword); {@code queueId}: the one
 * queue an organisation-wide reply serves, null for every queue.
 */
@JsonbNillable
public record ReplyJson(long id, String keyword, String title, String text, boolean own, Long queueId) {

    static ReplyJson of(CannedReply reply) {
        return new ReplyJson(reply.getId(), reply.getKeyword(), reply.getTitle(), reply.getText(), reply.isOwn(),
                reply.getQueueId());
    }

    /** 201 with the new reply, located below the address it was posted to. */
    static Response created(UriInfo postedTo, CannedReply reply) {
        return Response.created(postedTo.getAbsolutePathBuilder().path(String.valueOf(reply.getId())).build())
                .entity(of(reply)).build();
    }
}
