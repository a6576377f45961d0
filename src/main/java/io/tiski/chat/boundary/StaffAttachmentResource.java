package io.tiski.chat.boundary;

import io.tiski.live.ChatMessageJson;
import io.tiski.live.ChatMessageJson.AttachmentJson;
import io.tiski.chat.control.Attachments;
import io.tiski.chat.control.FileStore;
import io.tiski.chat.control.Uploads;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * Staff's files. {@code POST ?conversationId=7&name=offer.pdf} with the file as the body: an agent
 * in the conversation uploads a file to send; {@code GET /{id}}: any staff of the organisation
 * downloads one (the desk shows images with it inline).
 */
@Path("agent/attachments")
@RequestScoped
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class StaffAttachmentResource {

    @Inject
    CurrentStaff caller;

    @Inject
    Uploads uploads;

    @Inject
    Attachments attachments;

    @Inject
    FileStore files;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@QueryParam("conversationId") long conversationId, @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream content) {
        FileStore.requireWithinLimit(length);
        var uploader = Attachments.Uploader.staff(caller.organisationId(), caller.userId(), conversationId);
        var stored = uploads.upload(uploader, name, content);
        return Response.status(Response.Status.CREATED).entity(AttachmentJson.of(stored)).build();
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") long id) {
        return AttachmentDownload.of(attachments.forStaff(caller.organisationId(), id), files);
    }
}
