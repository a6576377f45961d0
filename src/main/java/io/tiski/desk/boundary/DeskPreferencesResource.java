package io.tiski.desk.boundary;

import io.tiski.desk.control.AgentPreferences;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.platform.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/agent/preferences: the caller's own desk preferences. */
@Path("agent/preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Transactional
public class DeskPreferencesResource {

    @Inject
    CurrentStaff caller;

    @Inject
    AgentPreferences preferences;

    @GET
    public DeskPreferencesJson get() {
        return DeskPreferencesJson.of(preferences.of(caller.organisationId(), caller.userId()));
    }

    /** Changes the switches sent ({@code {"soundAlerts":false}}); each must be true or false. */
    @PUT
    public DeskPreferencesJson change(JsonObject change) {
        if (change == null) {
            throw new InvalidInput("preferences", "desk.preferences.required");
        }
        return DeskPreferencesJson.of(preferences.change(caller.organisationId(), caller.userId(),
                switchIn(change, "soundAlerts"), switchIn(change, "tabFlash")));
    }

    // Read by hand: JSON-B would take "loud" for false, and a typo must not switch an alert off.
    private static Boolean switchIn(JsonObject change, String name) {
        var value = change.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidInput(name, "desk.preferences.invalid");
        }
        return value == JsonValue.TRUE;
    }
}
