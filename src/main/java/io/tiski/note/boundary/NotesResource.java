package io.tiski.note.boundary;

import io.tiski.note.control.Notes;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /api/agent/conversations/{id}/notes: the conversation's notes, and a new one ({@code {"body":"..."}}). */
@Path("agent/conversations/{id}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class NotesResource {

    @Inject
    CurrentStaff caller;

    @Inject
    Notes notes;

    @GET
    public List<NoteJson> list(@PathParam("id") long conversationId) {
        return notes.of(caller.organisationId(), conversationId).stream().map(NoteJson::of).toList();
    }

    @POST
    public Response write(@PathParam("id") long conversationId, NoteJson note) {
        var written = notes.write(caller.organisationId(), caller.userId(), conversationId,
                note == null ? null : note.body());
        return Response.status(Response.Status.CREATED).entity(NoteJson.of(written)).build();
    }
}
