package io.tiski.audit.boundary;

import io.tiski.audit.control.AuditTrail;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** /api/audit: the organisation's audit entries, newest first (admin). Each is the whole stored row. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    CurrentStaff caller;

    @GET
    public List<AuditEntryJson> recent() {
        return trail.recent(caller.organisationId()).stream().map(AuditEntryJson::of).toList();
    }
}
