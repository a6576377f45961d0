package io.tiski.contact.boundary;

import io.tiski.contact.control.ConversationContacts;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/agent/conversations/{id}/contact: the contact card the desk chose for a conversation's
 * customer, or the cards found by what the customer typed. Any staff of the conversation's
 * organisation (its agents among them) may link and unlink; another organisation's is "not found". A root resource of its own beside AgentResource (JAX-RS matches the root path with
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

    /** The linked card, else the cards found by the phone or e-mail the customer typed (see CustomerCardJson). */
    @GET
    public CustomerCardJson read(@PathParam("id") long conversationId) {
        return CustomerCardJson.of(links.found(caller.organisationId(), conversationId));
    }

    /**
     * {@code {"contactId":n}} links the card (an agent's confirmation that it is the customer's),
     * {@code {"contactId":null}} unlinks the one linked, which is recorded and changes nothing on
     * the card; answers the link.
     */
    @PUT
    public ConversationContactJson link(@PathParam("id") long conversationId, ConversationContactJson request) {
        Long contactId = request == null ? null : request.contactId();
        return new ConversationContactJson(
                links.link(caller.organisationId(), caller.userId(), conversationId, contactId).getContactId());
    }

    /**
     * POST .../contact/rejected {@code {"contactId":n}}: the agent's "Not this customer" on a card
     * found for the chat. Recorded, so the card is not offered for this conversation again (the card
     * is not changed); answers what the desk shows now, as GET.
     */
    @POST
    @Path("rejected")
    public CustomerCardJson reject(@PathParam("id") long conversationId, ConversationContactJson request) {
        links.reject(caller.organisationId(), caller.userId(), conversationId, request == null ? null : request.contactId());
        return read(conversationId);
    }
}
