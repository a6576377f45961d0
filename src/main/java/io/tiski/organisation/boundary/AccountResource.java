package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.StaffDirectory;
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

/** /api/account: the signed-in staff member's own settings (today: the language of Tiski's pages). */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class AccountResource {

    @Inject
    CurrentStaff caller;

    @Inject
    StaffDirectory staff;

    @GET
    public AccountJson get() {
        return AccountJson.of(caller.user());
    }

    /** {@code {language}}: one of en, fi, sv, cs, or null for the browser's. */
    @PUT
    public AccountJson choose(AccountJson settings) {
        if (settings == null) {
            throw new InvalidInput("language", "account.language.invalid");
        }
        return AccountJson.of(staff.chooseLanguage(caller.organisationId(), caller.userId(), settings.language()));
    }
}
