package io.tiski.chat.boundary;

import io.tiski.live.ChatMessageJson;
import io.tiski.live.ChatMessageJson.AttachmentJson;
import io.tiski.chat.control.Attachments;
import io.tiski.chat.control.FileStore;
import io.tiski.chat.control.Uploads;
import io.tiski.routing.control.CustomerTokens;
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
 * The customer's files (token in Authorization). {@code POST ?name=photo.jpg} with the file as the
 * request body stores it and answers its id, which a {@code send} frame then carries;
 * {@code GET /{id}} downloads a file of their conversation.
 */
@Path("public/conversation/attachments")
@RequestScoped
public class CustomerAttachmentResource {

    @Inject
    Uploads uploads;

    @Inject
    Attachments attachments;

    @Inject
    FileStore files;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream content) {
        String token = CustomerTokens.fromAuthorization(authorization);
        FileStore.requireWithinLimit(length);
        var stored = uploads.upload(Attachments.Uploader.customer(token), name, content);
        return Response.status(Response.Status.CREATED).entity(AttachmentJson.of(stored)).build();
    }

    @GET
    @Path("{id}")
    public Response download(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id) {
        return AttachmentDownload.of(attachments.forCustomer(CustomerTokens.fromAuthorization(authorization), id), files);
    }
}
