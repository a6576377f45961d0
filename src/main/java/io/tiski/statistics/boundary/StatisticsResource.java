package io.tiski.statistics.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.statistics.control.QueueDay;
import io.tiski.statistics.control.QueueStatistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/statistics: figures for supervisors and admins. */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class StatisticsResource {

    @Inject
    CurrentStaff caller;

    @Inject
    QueueStatistics statistics;

    @GET
    @Path("queues/{id}/today")
    public QueueDay queueToday(@PathParam("id") long queueId) {
        return statistics.today(caller.organisationId(), queueId);
    }
}
