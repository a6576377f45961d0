package io.tiski.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff log in with the Faces form at /login.xhtml; a request for a protected page redirects
 * there and, after login, back to the page asked for. Credentials are checked by
 * {@link io.tiski.organisation.control.StaffIdentityStore}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class StaffLoginMechanism {
}
