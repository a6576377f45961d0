package io.tiski.contact.boundary;

import io.tiski.contact.control.SmsGateways;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/contacts/sms-settings (admins): how the organisation's SMS leave. A root resource of its own:
 * its path has more literal characters than {@code contacts}, so JAX-RS matches it here rather than
 * as a card id in ContactsResource.
 */
@Path("contacts/sms-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Transactional
public class SmsSettingsResource {

    @Inject
    SmsGateways sms;

    @Inject
    CurrentStaff caller;

    @GET
    public SmsSettingsJson read() {
        return SmsSettingsJson.of(sms.settings(caller.organisationId()));
    }

    /** Replaces every setting; a missing {@code password} keeps the stored one. */
    @PUT
    public SmsSettingsJson change(SmsSettingsJson request) {
        var json = request == null ? new SmsSettingsJson(null, null, null, null, null, null, null) : request;
        return SmsSettingsJson.of(sms.change(caller.organisationId(), json.gateway(), json.url(), json.username(),
                json.password(), json.contentType(), json.bodyTemplate()));
    }
}
