package io.tiski.tag.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.tag.control.ConversationTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * /api/agent/conversations/{id}/tags: the tags on a conversation, for any staff of its organisation.
 * Each answer is the conversation's tags after the request, retired ones included. A root resource
 * of its own beside AgentResource (see {@link AgentTagsResource} for why that resolves).
 */
@Path("agent/conversations/{id}/tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class ConversationTagsResource {

    @Inject
    ConversationTags conversationTags;

    @Inject
    CurrentStaff caller;

    @GET
    public List<TagJson> list(@PathParam("id") long conversationId) {
        return TagJson.of(conversationTags.of(caller.organisationId(), conversationId));
    }

    /** Idempotent: a tag already on the conversation stays as it is (200 all the same). */
    @PUT
    @Path("{tagId}")
    public List<TagJson> add(@PathParam("id") long conversationId, @PathParam("tagId") long tagId) {
        return TagJson.of(conversationTags.add(caller.organisationId(), caller.userId(), conversationId, tagId));
    }

    @DELETE
    @Path("{tagId}")
    public List<TagJson> remove(@PathParam("id") long conversationId, @PathParam("tagId") long tagId) {
        return TagJson.of(conversationTags.remove(caller.organisationId(), conversationId, tagId));
    }
}
