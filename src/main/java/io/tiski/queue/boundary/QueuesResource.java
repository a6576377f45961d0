package io.tiski.queue.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.platform.InvalidInput;
import io.tiski.queue.control.QueueSchedules;
import io.tiski.queue.control.Queues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/** /api/queues: the queues of the caller's organisation. */
@Path("queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class QueuesResource {

    @Inject
    Queues queues;

    @Inject
    QueueSchedules schedules;

    @Inject
    CurrentStaff caller;

    @Context
    UriInfo uriInfo;

    @GET
    public List<QueueJson> list() {
        return queues.list(caller.organisationId()).stream().map(QueueJson::of).toList();
    }

    @GET
    @Path("{id}")
    public QueueJson get(@PathParam("id") long id) {
        return QueueJson.of(queues.find(caller.organisationId(), id));
    }

    // Each write below is one transaction: a queue with an invalid setting is not created at all.
    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Response create(@Valid @NotNull QueueSettingsJson settings) {
        long org = caller.organisationId();
        var queue = queues.create(org, settings.name());
        queues.update(org, queue.getId(), settings.appliedTo(queue), null);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(queue.getId())).build())
                .entity(QueueJson.of(queue)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public QueueJson update(@PathParam("id") long id, @Valid @NotNull QueueSettingsJson settings) {
        long org = caller.organisationId();
        return QueueJson.of(queues.update(org, id, settings.appliedTo(queues.find(org, id)), null));
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public QueueJson open(@PathParam("id") long id) {
        return QueueJson.of(queues.open(caller.organisationId(), id));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public QueueJson close(@PathParam("id") long id) {
        return QueueJson.of(queues.close(caller.organisationId(), id));
    }

    @PUT
    @Path("{id}/handlers")
    @RolesAllowed(Role.ADMIN_NAME)
    public QueueJson assignHandlers(@PathParam("id") long id, @NotNull List<Long> userIds) {
        return QueueJson.of(queues.assignHandlers(caller.organisationId(), id, userIds));
    }

    @GET
    @Path("{id}/schedule")
    public ScheduleJson schedule(@PathParam("id") long id) {
        return ScheduleJson.of(schedules.of(caller.organisationId(), id));
    }

    @PUT
    @Path("{id}/schedule")
    @RolesAllowed(Role.ADMIN_NAME)
    public ScheduleJson replaceSchedule(@PathParam("id") long id, ScheduleJson schedule) {
        if (schedule == null) {
            throw new InvalidInput("schedule", "schedule.required");
        }
        return ScheduleJson.of(schedules.replace(caller.organisationId(), id, schedule.enabled(), schedule.timeZone(),
                schedule.hours(), schedule.closedDates()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("id") long id) {
        queues.delete(caller.organisationId(), id);
        return Response.noContent().build();
    }
}
