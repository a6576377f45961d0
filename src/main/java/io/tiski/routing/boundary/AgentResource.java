package io.tiski.routing.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.routing.control.Assignments;
import io.tiski.routing.control.Offers;
import io.tiski.routing.control.Presences;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
 * /api/agent: the signed-in agent's side of routing, for the desk: presence, the waiting
 * customers of the queues they handle, picking one, offers made to them, and their active conversations.
 */
@Path("agent")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class AgentResource {

    @Inject
    CurrentStaff caller;

    @Inject
    Presences presences;

    @Inject
    Assignments assignments;

    @Inject
    Offers offers;

    @GET
    @Path("presence")
    public PresenceJson presence() {
        return PresenceJson.of(presences.of(caller.organisationId(), caller.userId()));
    }

    @PUT
    @Path("presence")
    public PresenceJson changePresence(PresenceJson change) {
        return PresenceJson.of(presences.change(caller.organisationId(), caller.userId(),
                change == null ? null : change.presence(), change != null && change.inVideoCall()));
    }

    @GET
    @Path("waiting")
    public List<WaitingCustomerJson> waiting() {
        return assignments.waitingFor(caller.organisationId(), caller.userId()).stream()
                .map(WaitingCustomerJson::of).toList();
    }

    @GET
    @Path("waiting/{id}")
    public WaitingCustomerJson preview(@PathParam("id") long id) {
        return WaitingCustomerJson.of(assignments.preview(caller.organisationId(), caller.userId(), id));
    }

    @POST
    @Path("waiting/{id}/pick")
    public WaitingCustomerJson pick(@PathParam("id") long id) {
        return WaitingCustomerJson.of(assignments.pick(caller.organisationId(), caller.userId(), id));
    }

    @GET
    @Path("offers")
    public List<OfferJson> offers() {
        return offers.pendingFor(caller.organisationId(), caller.userId()).stream().map(OfferJson::of).toList();
    }

    @POST
    @Path("offers/{id}/accept")
    public WaitingCustomerJson accept(@PathParam("id") long id) {
        return WaitingCustomerJson.of(offers.accept(caller.organisationId(), caller.userId(), id));
    }

    @POST
    @Path("offers/{id}/reject")
    public Response reject(@PathParam("id") long id) {
        offers.reject(caller.organisationId(), caller.userId(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("conversations")
    public List<WaitingCustomerJson> conversations() {
        return assignments.activeOf(caller.organisationId(), caller.userId()).stream()
                .map(WaitingCustomerJson::of).toList();
    }

    @POST
    @Path("conversations/{id}/end")
    public WaitingCustomerJson end(@PathParam("id") long id) {
        return WaitingCustomerJson.of(assignments.end(caller.organisationId(), caller.userId(), id));
    }
}
