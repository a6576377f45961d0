package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.entity.Role;
import io.tiski.platform.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/organisation/time-zone: the zone the desk and the widget show message times in, as on the
 * admin's Organisation screen ({@code {"timeZone":"Europe/Helsinki"}}; the server's until chosen).
 */
@Path("organisation/time-zone")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class TimeZoneResource {

    @Inject
    Organisations organisations;

    @Inject
    CurrentStaff caller;

    @GET
    public TimeZoneJson get() {
        return new TimeZoneJson(organisations.find(caller.organisationId()).timeZone().getId());
    }

    @PUT
    public TimeZoneJson replace(TimeZoneJson settings) {
        if (settings == null) {
            throw new InvalidInput("timeZone", "organisation.timeZone.invalid", "");
        }
        return new TimeZoneJson(organisations.setTimeZone(caller.organisationId(), settings.timeZone()).timeZone().getId());
    }

    /** A tz database name such as Europe/Helsinki. */
    public record TimeZoneJson(String timeZone) {
    }
}
