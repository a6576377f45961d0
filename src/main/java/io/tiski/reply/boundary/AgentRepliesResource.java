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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /api/agent/replies: the canned replies of the desk. Lists what the caller may use (their own
 * first); creates, changes and deletes only the caller's own. Organisation-wide replies are kept in
 * the admin screen (or /api/replies), and their ids are "not found" here for changes.
 */
@Path("agent/replies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class AgentRepliesResource {

    @Inject
    CannedReplies replies;

    @Inject
    CurrentStaff caller;

    @Context
    UriInfo uriInfo;

    /**
     * @param conversationId when given, only the replies for that conversation's queue, each in the version for
     *                       its customer's language; a conversation of another organisation is "not found" (404)
     */
    @GET
    public List<ReplyJson> usable(@QueryParam("conversation") Long conversationId) {
        if (conversationId == null) {
            return replies.usableBy(caller.organisationId(), caller.userId()).stream().map(ReplyJson::of).toList();
        }
        return replies.usableIn(caller.organisationId(), caller.userId(), conversationId).stream()
                .map(ReplyJson::of).toList();
    }

    @POST
    public Response create(ReplyChangeJson body) {
        var content = ReplyChangeJson.required(body).content();
        return ReplyJson.created(uriInfo, replies.createOwn(caller.organisationId(), caller.userId(), content));
    }

    @PUT
    @Path("{id}")
    public ReplyJson update(@PathParam("id") long id, ReplyChangeJson body) {
        var content = ReplyChangeJson.required(body).content();
        return ReplyJson.of(replies.updateOwn(caller.organisationId(), caller.userId(), id, content));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        replies.deleteOwn(caller.organisationId(), caller.userId(), id);
        return Response.noContent().build();
    }
}
