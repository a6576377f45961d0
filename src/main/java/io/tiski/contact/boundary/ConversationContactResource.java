package io.tiski.contact.boundary;

import io.tiski.contact.control.ConversationContacts;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/agent/conversations/{id}/contact: the contact card the desk chose for a conversation's
 * customer. A root resource of its own beside AgentResource (JAX-RS matches the root path with
 * more literal characters first), like the conversation's notes and tags.
 */
@Path("agent/conversations/{id}/contact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class ConversationContactResource {

    @Inject
    ConversationContacts links;

    @Inject
    CurrentStaff caller;

    /** {@code {"contactId":n}} links the card, {@code {"contactId":null}} unlinks; answers the link. */
    @PUT
    public ConversationContactJson link(@PathParam("id") long conversationId, ConversationContactJson request) {
        Long contactId = request == null ? null : request.contactId();
        return new ConversationContactJson(
                links.link(caller.organisationId(), conversationId, contactId).getContactId());
    }
}
