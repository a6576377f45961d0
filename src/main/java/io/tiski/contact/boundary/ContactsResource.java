package io.tiski.contact.boundary;

import io.tiski.contact.control.ContactCards;
import io.tiski.contact.control.ContactLookup;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /api/contacts: the organisation's contact cards for any staff; adding and changing them as the
 * organisation's settings allow (see {@link ContactCards}); the settings themselves (admin).
 */
@Path("contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class ContactsResource {

    @Inject
    ContactCards cards;

    @Inject
    ContactLookup lookup;

    @Inject
    Organisations organisations;

    @Inject
    CurrentStaff caller;

    @Context
    UriInfo uriInfo;

    /** A page by name; {@code limit} is at most {@value ContactCards#MAX_PAGE}. */
    @GET
    public List<ContactJson> search(@QueryParam("search") String search,
                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("20") int limit) {
        return ContactJson.of(cards.search(caller.organisationId(), search, offset, limit));
    }

    @GET
    @Path("lookup")
    public LookupJson lookup(@QueryParam("phone") String phone, @QueryParam("email") String email) {
        return LookupJson.of(lookup.lookup(caller.organisationId(), phone, email));
    }

    @GET
    @Path("{id}")
    public ContactJson read(@PathParam("id") long id) {
        return ContactJson.of(cards.find(caller.organisationId(), id));
    }

    @POST
    public Response create(ContactJson request) {
        var json = ContactJson.orEmpty(request);
        var contact = cards.create(caller.user(), json.details(), Boolean.TRUE.equals(json.verified()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(contact.getId())).build())
                .entity(ContactJson.of(contact)).build();
    }

    @PUT
    @Path("{id}")
    public ContactJson change(@PathParam("id") long id, ContactJson request) {
        var json = ContactJson.orEmpty(request);
        return ContactJson.of(cards.change(caller.user(), id, json.version(), json.details(), json.verified()));
    }

    @GET
    @Path("settings")
    public ContactSettingsJson settings() {
        return ContactSettingsJson.of(organisations.find(caller.organisationId()));
    }

    /** Both settings at once; a missing {@code agentsMayEdit} is false. */
    @PUT
    @Path("settings")
    @RolesAllowed(Role.ADMIN_NAME)
    public ContactSettingsJson changeSettings(ContactSettingsJson request) {
        var json = request == null ? new ContactSettingsJson(null, null) : request;
        return ContactSettingsJson.of(organisations.setContactRules(caller.organisationId(),
                Boolean.TRUE.equals(json.agentsMayEdit()), json.defaultCountry()));
    }
}
