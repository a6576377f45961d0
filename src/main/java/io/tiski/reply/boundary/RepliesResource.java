package io.tiski.reply.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.reply.control.CannedReplies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** /api/replies: the organisation-wide canned replies, kept by admins as in the admin screen. */
@Path("replies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Transactional
public class RepliesResource {

    @Inject
    CannedReplies replies;

    @Inject
    CurrentStaff caller;

    @Context
    UriInfo uriInfo;

    @GET
    public List<ReplyJson> list() {
        return replies.shared(caller.organisationId()).stream().map(ReplyJson::of).toList();
    }

    @POST
    public Response create(ReplyChangeJson body) {
        var change = ReplyChangeJson.required(body);
        return ReplyJson.created(uriInfo, replies.createShared(caller.organisationId(), change.queueId(), change.content()));
    }

    @PUT
    @Path("{id}")
    public ReplyJson update(@PathParam("id") long id, ReplyChangeJson body) {
        var change = ReplyChangeJson.required(body);
        return ReplyJson.of(replies.updateShared(caller.organisationId(), id, change.queueId(), change.content()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        replies.deleteShared(caller.organisationId(), id);
        return Response.noContent().build();
    }
}
