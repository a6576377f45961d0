package io.tiski.contact.boundary;

import io.tiski.contact.control.ContactNotes;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * /api/contacts/{id}/notes: a card's notes, newest first, and the caller's own ones changed or
 * deleted. A root resource beside ContactsResource: JAX-RS prefers the root path with more literal
 * characters, so {@code contacts/{id}/notes} is matched here.
 */
@Path("contacts/{id}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class ContactNotesResource {

    @Inject
    ContactNotes notes;

    @Inject
    CurrentStaff caller;

    @GET
    public List<ContactNoteJson> list(@PathParam("id") long contactId) {
        long me = caller.userId();
        return notes.of(caller.organisationId(), contactId).stream().map(n -> ContactNoteJson.of(n, me)).toList();
    }

    @POST
    public Response write(@PathParam("id") long contactId, ContactNoteJson request) {
        var note = notes.write(caller.organisationId(), caller.userId(), contactId, ContactNoteJson.bodyOf(request));
        return Response.status(Response.Status.CREATED).entity(ContactNoteJson.of(note, caller.userId())).build();
    }

    @PUT
    @Path("{noteId}")
    public ContactNoteJson change(@PathParam("id") long contactId, @PathParam("noteId") long noteId,
                                  ContactNoteJson request) {
        var note = notes.change(caller.organisationId(), caller.userId(), contactId, noteId,
                ContactNoteJson.bodyOf(request));
        return ContactNoteJson.of(note, caller.userId());
    }

    @DELETE
    @Path("{noteId}")
    public Response delete(@PathParam("id") long contactId, @PathParam("noteId") long noteId) {
        notes.delete(caller.organisationId(), caller.userId(), contactId, noteId);
        return Response.noContent().build();
    }
}
