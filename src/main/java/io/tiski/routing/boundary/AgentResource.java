package io.tiski.routing.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.routing.control.Assignments;
import io.tiski.routing.control.Colleague;
import io.tiski.routing.control.Handovers;
import io.tiski.routing.control.Offers;
import io.tiski.routing.control.Presences;
import io.tiski.routing.entity.Handover;
import io.tiski.routing.entity.HandoverKind;
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
import java.util.stream.Stream;

/**
 * /api/agent: the signed-in agent's side of routing, for the desk: presence, the waiting
 * customers of the queues they handle, picking one, offers made to them, their active conversations
 * (own and joined by invitation), and transfers and invitations in both directions.
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

    @Inject
    Handovers handovers;

    @GET
    @Path("presence")
    public PresenceJson presence() {
        return PresenceJson.of(presences.of(caller.organisationId(), caller.userId()));
    }

    @PUT
    @Path("presence")
    public PresenceJson changePresence(PresenceJson change) {
        return PresenceJson.of(presences.change(caller.organisationId(), caller.userId(),
                change == null ? null : change.presence()));
    }

    /** The other agents, for the desk's transfer and invite choices. */
    @GET
    @Path("colleagues")
    public List<Colleague> colleagues() {
        return presences.colleaguesOf(caller.organisationId(), caller.userId());
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

    /** The agent's own active conversations first, then those they joined by invitation. */
    @GET
    @Path("conversations")
    public List<WaitingCustomerJson> conversations() {
        return Stream.concat(assignments.activeOf(caller.organisationId(), caller.userId()).stream(),
                        handovers.joinedBy(caller.organisationId(), caller.userId()).stream())
                .map(WaitingCustomerJson::of).toList();
    }

    @POST
    @Path("conversations/{id}/end")
    public WaitingCustomerJson end(@PathParam("id") long id) {
        return WaitingCustomerJson.of(assignments.end(caller.organisationId(), caller.userId(), id));
    }

    /** To a queue: done at once (201 with status COMPLETED); to an agent: pending their answer. */
    @POST
    @Path("conversations/{id}/transfer")
    public Response transfer(@PathParam("id") long id, HandoverRequestJson request) {
        return created(handovers.request(caller.organisationId(), caller.userId(), id,
                HandoverRequestJson.of(HandoverKind.TRANSFER, request)));
    }

    @POST
    @Path("conversations/{id}/invite")
    public Response invite(@PathParam("id") long id, HandoverRequestJson request) {
        return created(handovers.request(caller.organisationId(), caller.userId(), id,
                HandoverRequestJson.of(HandoverKind.INVITE, request)));
    }

    /** The open transfer or invitation on the conversation; 204 when there is none. */
    @GET
    @Path("conversations/{id}/handover")
    public Response pendingHandover(@PathParam("id") long id) {
        return handovers.pendingOn(caller.organisationId(), id)
                .map(h -> Response.ok(HandoverJson.of(h)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Path("conversations/{id}/handover")
    public Response cancelHandover(@PathParam("id") long id) {
        handovers.cancel(caller.organisationId(), caller.userId(), id);
        return Response.noContent().build();
    }

    /** An invited agent leaves; the conversation goes on without them. */
    @POST
    @Path("conversations/{id}/leave")
    public Response leave(@PathParam("id") long id) {
        handovers.leave(caller.organisationId(), caller.userId(), id);
        return Response.noContent().build();
    }

    /** Transfers and invitations waiting for this agent's answer. */
    @GET
    @Path("handovers")
    public List<HandoverJson> handoversForMe() {
        return handovers.pendingFor(caller.organisationId(), caller.userId()).stream().map(HandoverJson::of).toList();
    }

    @POST
    @Path("handovers/{id}/accept")
    public WaitingCustomerJson acceptHandover(@PathParam("id") long id) {
        return WaitingCustomerJson.of(handovers.accept(caller.organisationId(), caller.userId(), id));
    }

    @POST
    @Path("handovers/{id}/decline")
    public Response declineHandover(@PathParam("id") long id) {
        handovers.decline(caller.organisationId(), caller.userId(), id);
        return Response.noContent().build();
    }

    private static Response created(Handover handover) {
        return Response.status(Response.Status.CREATED).entity(HandoverJson.of(handover)).build();
    }
}
