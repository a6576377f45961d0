package io.tiski.organisation.boundary;

import io.tiski.organisation.control.OrganisationLifecycle;
import io.tiski.organisation.control.OrganisationLifecycle.FirstAdmin;
import io.tiski.organisation.entity.Operator;
import io.tiski.platform.InvalidInput;
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
import java.time.Instant;
import java.util.List;

/**
 * /api/operator/organisations: what a platform operator does to organisations, as the operator
 * screen does. Operators only (web.xml and here); nothing an organisation keeps is reachable.
 */
@Path("operator/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Operator.ROLE)
public class OperatorOrganisationsResource {

    /** An organisation as an operator sees it. */
    public record OrganisationJson(long id, String name, boolean active, Instant createdAt, long staff) {
        static OrganisationJson of(OrganisationLifecycle.Summary summary) {
            return new OrganisationJson(summary.id(), summary.name(), summary.active(), summary.createdAt(),
                    summary.staff());
        }
    }

    /** A new organisation with its first admin, or a new name. */
    public record OrganisationChangeJson(String name, AdminJson admin) {
    }

    /** An admin an operator gives an organisation; they replace the password at their first login. */
    public record AdminJson(String username, String displayName, String password) {
        FirstAdmin toFirstAdmin() {
            return new FirstAdmin(username, displayName, password);
        }
    }

    /** The admin made, without anything secret. */
    public record AdminCreatedJson(long id, String username, String displayName) {
    }

    @Inject
    OrganisationLifecycle lifecycle;

    @Context
    UriInfo uriInfo;

    @GET
    public List<OrganisationJson> list() {
        return lifecycle.list().stream().map(OrganisationJson::of).toList();
    }

    @GET
    @Path("{id}")
    public OrganisationJson get(@PathParam("id") long id) {
        return OrganisationJson.of(lifecycle.find(id));
    }

    /** 201 with the organisation; both or neither are made. */
    @POST
    public Response create(OrganisationChangeJson request) {
        if (request == null || request.admin() == null) {
            throw new InvalidInput("admin", "operator.admin.required");
        }
        var organisation = lifecycle.create(request.name(), request.admin().toFirstAdmin(), false);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(organisation.getId())).build())
                .entity(OrganisationJson.of(lifecycle.find(organisation.getId()))).build();
    }

    @PUT
    @Path("{id}")
    public OrganisationJson rename(@PathParam("id") long id, OrganisationChangeJson request) {
        lifecycle.rename(id, request == null ? null : request.name());
        return OrganisationJson.of(lifecycle.find(id));
    }

    @POST
    @Path("{id}/deactivate")
    public OrganisationJson deactivate(@PathParam("id") long id) {
        lifecycle.deactivate(id);
        return OrganisationJson.of(lifecycle.find(id));
    }

    @POST
    @Path("{id}/activate")
    public OrganisationJson activate(@PathParam("id") long id) {
        lifecycle.activate(id);
        return OrganisationJson.of(lifecycle.find(id));
    }

    /** Another admin (e.g. when the organisation's admins have lost access); 201. */
    @POST
    @Path("{id}/admins")
    public Response addAdmin(@PathParam("id") long id, AdminJson request) {
        if (request == null) {
            throw new InvalidInput("admin", "operator.admin.required");
        }
        var admin = lifecycle.addAdmin(id, request.toFirstAdmin(), false);
        return Response.status(Response.Status.CREATED)
                .entity(new AdminCreatedJson(admin.getId(), admin.getUsername(), admin.getDisplayName())).build();
    }
}
