package io.tiski.contact.boundary;

import io.tiski.platform.RequestLanguage;
import io.tiski.contact.control.ContactMessages;
import io.tiski.contact.control.ContactMessenger;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * /api/contacts/{id}/messages: any staff of the card's organisation sends its customer an e-mail or
 * an SMS, and reads what was sent, newest first. Not transactional here: a send must not hold a
 * transaction while the mail server or SMS service answers (see {@link ContactMessenger}).
 */
@Path("contacts/{id}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ContactMessagesResource {

    @Inject
    ContactMessenger messenger;

    @Inject
    ContactMessages messages;

    @Inject
    CurrentStaff caller;

    @Context
    HttpHeaders headers;

    /** Answers 201 with the message once its outcome is known, FAILED included. */
    @POST
    public Response send(@PathParam("id") long contactId, ContactMessageJson request) {
        var message = messenger.send(caller.organisationId(), caller.userId(), contactId,
                ContactMessageJson.draftOf(request), RequestLanguage.of(headers));
        return Response.status(Response.Status.CREATED).entity(ContactMessageJson.of(message)).build();
    }

    /** At most {@value ContactMessages#PAGE}, newest first; {@code offset} for older ones. */
    @GET
    public List<ContactMessageJson> history(@PathParam("id") long contactId,
                                            @QueryParam("offset") @DefaultValue("0") int offset) {
        return ContactMessageJson.of(messages.of(caller.organisationId(), contactId, offset));
    }

}
