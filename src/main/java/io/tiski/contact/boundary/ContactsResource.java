package io.tiski.contact.boundary;

import io.tiski.platform.RequestLanguage;
import io.tiski.contact.control.ContactCards;
import io.tiski.contact.control.ContactErasure;
import io.tiski.contact.control.ContactExport;
import io.tiski.contact.control.ContactLookup;
import io.tiski.contact.control.ContactMerges;
import io.tiski.contact.control.ContactOrder;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.entity.Role;
import io.tiski.platform.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /api/contacts: the organisation's contact cards for any staff; adding and changing them as the
 * organisation's settings allow (see {@link ContactCards}); the settings themselves, merging,
 * erasing and the CSV export (admin).
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
    ContactMerges merges;

    @Inject
    ContactErasure erasure;

    @Inject
    ContactExport export;

    @Inject
    Organisations organisations;

    @Inject
    CurrentStaff caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    /**
     * A page; {@code limit} is at most {@value ContactCards#MAX_PAGE}. {@code sort} is one of
     * lastName (the default), firstName, organisation, email1, updatedAt; {@code order} asc or desc.
     */
    @GET
    public List<ContactJson> search(@QueryParam("search") String search,
                                    @QueryParam("sort") @DefaultValue("lastName") String sort,
                                    @QueryParam("order") @DefaultValue("asc") String order,
                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("20") int limit) {
        var by = ContactOrder.byField(sort).orElseThrow(() -> new InvalidInput("sort", "contact.sort.invalid", sort));
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new InvalidInput("order", "contact.order.invalid", order);
        }
        return ContactJson.of(cards.search(caller.organisationId(), search, by, order.equals("desc"), offset, limit));
    }

    /** {@code {"count":n}}: how many cards the same search pages through. */
    @GET
    @Path("count")
    public CountJson count(@QueryParam("search") String search) {
        return new CountJson(cards.count(caller.organisationId(), search));
    }

    /** Every card of the organisation as CSV (see {@link ContactExport}), streamed. */
    @GET
    @Path("export")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response export() {
        long organisationId = caller.organisationId();
        StreamingOutput csv = out -> export.write(organisationId, out);
        // Typed on the answer, as AttachmentDownload does: with a @Produces("text/csv; charset=UTF-8")
        // of its own this GET answered 404 here (RESTEasy seemingly fell through to GET {id}).
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"contacts.csv\"").build();
    }

    /**
     * {@code {"mergedId":n}}: merges that card into this one and deletes it (see {@link ContactMerges});
     * answers the survivor.
     */
    @POST
    @Path("{id}/merge")
    @RolesAllowed(Role.ADMIN_NAME)
    public ContactJson merge(@PathParam("id") long id, MergeJson request) {
        if (request == null || request.mergedId() == null) {
            throw new InvalidInput("mergedId", "contact.merge.missing");
        }
        return ContactJson.of(merges.merge(caller.user(), id, request.mergedId(), RequestLanguage.of(headers)));
    }

    /** Erases the card, its keys and notes for a data-protection request; leaves an audit entry. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response erase(@PathParam("id") long id) {
        erasure.erase(caller.user(), id);
        return Response.noContent().build();
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
