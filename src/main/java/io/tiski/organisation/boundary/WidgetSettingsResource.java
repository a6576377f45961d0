package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.entity.Role;
import io.tiski.platform.InvalidInput;
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

/** /api/organisation/widget: the caller's organisation's widget settings, as on the admin's Organisation screen. */
@Path("organisation/widget")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class WidgetSettingsResource {

    @Inject
    Organisations organisations;

    @Inject
    CurrentStaff caller;

    @GET
    public WidgetSettingsJson get() {
        return WidgetSettingsJson.of(organisations.find(caller.organisationId()));
    }

    /** Replaces both settings; a setting left out keeps its value. */
    @PUT
    @Transactional
    public WidgetSettingsJson replace(WidgetSettingsJson settings) {
        if (settings == null) {
            throw new InvalidInput("allowedOrigins", "organisation.widget.invalid");
        }
        var now = organisations.find(caller.organisationId());
        return WidgetSettingsJson.of(organisations.configureWidget(caller.organisationId(),
                settings.allowedOrigins() == null ? now.getAllowedOrigins() : settings.allowedOrigins(),
                settings.chatChallenge() == null ? now.challengesChats() : settings.chatChallenge()));
    }
}
