package io.tiski.contact.boundary;

import io.tiski.platform.RequestLanguage;
import io.tiski.contact.control.ContactCsv;
import io.tiski.contact.control.ContactImports;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.TooLarge;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;

/**
 * /api/contacts/imports (admins): {@code POST} a CSV file as the body (text/csv) for a preview that
 * writes nothing; {@code POST /{id}/confirm {"duplicates":"SKIP"|"IMPORT"}} stores its valid rows;
 * {@code GET /{id}} shows the preview again, {@code DELETE /{id}} drops it. Not transactional
 * here: the confirm commits slice by slice (see {@link ContactImports}).
 */
@Path("contacts/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ContactImportsResource {

    /** The body of a confirm; a missing body or field skips duplicates. */
    public record ConfirmJson(String duplicates) {
    }

    @Inject
    ContactImports imports;

    @Inject
    CurrentStaff caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream csv) {
        if (length != null && length > ContactCsv.MAX_BYTES) {
            throw new TooLarge("file", "contact.import.tooLarge", ContactCsv.MAX_MEGABYTES);
        }
        var staged = imports.stage(caller.user(), csv);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(staged.id()).build())
                .entity(ContactImportJson.of(staged, RequestLanguage.of(headers))).build();
    }

    @GET
    @Path("{id}")
    public ContactImportJson preview(@PathParam("id") String id) {
        return ContactImportJson.of(imports.find(caller.user(), id), RequestLanguage.of(headers));
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactImportOutcomeJson confirm(@PathParam("id") String id, ConfirmJson request) {
        String choice = request == null || request.duplicates() == null ? "SKIP" : request.duplicates();
        ContactImports.Duplicates duplicates;
        try {
            duplicates = ContactImports.Duplicates.valueOf(choice.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("duplicates", "contact.import.duplicates.invalid", choice);
        }
        return ContactImportOutcomeJson.of(imports.confirm(caller.user(), id, duplicates), RequestLanguage.of(headers));
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id) {
        imports.cancel(caller.user(), id);
        return Response.noContent().build();
    }

}
