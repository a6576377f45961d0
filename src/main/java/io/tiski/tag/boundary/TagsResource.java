package io.tiski.tag.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.tag.control.Tags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /api/tags: keeping the organisation's tag list, as the admin screen does (supervisors and admins).
 * Agents read the active tags at /api/agent/tags.
 */
@Path("tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class TagsResource {

    @Inject
    Tags tags;

    @Inject
    CurrentStaff caller;

    @Context
    UriInfo uriInfo;

    /** Every tag, retired ones included, by name. */
    @GET
    public List<TagJson> list() {
        return TagJson.of(tags.list(caller.organisationId()));
    }

    @POST
    public Response create(TagChangeJson request) {
        var change = TagChangeJson.orEmpty(request);
        var tag = tags.create(caller.organisationId(), change.name(), change.colour());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(tag.getId())).build())
                .entity(TagJson.of(tag)).build();
    }

    @PUT
    @Path("{id}")
    public TagJson change(@PathParam("id") long id, TagChangeJson request) {
        var change = TagChangeJson.orEmpty(request);
        return TagJson.of(tags.change(caller.organisationId(), id, change.name(), change.colour()));
    }

    @POST
    @Path("{id}/retire")
    public TagJson retire(@PathParam("id") long id) {
        return TagJson.of(tags.retire(caller.organisationId(), id));
    }

    @POST
    @Path("{id}/restore")
    public TagJson restore(@PathParam("id") long id) {
        return TagJson.of(tags.restore(caller.organisationId(), id));
    }
}
