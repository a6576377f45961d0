package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentOperator;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.LoginThrottle;
import io.tiski.platform.DatabaseOutage;
import io.tiski.platform.DatabaseProbe;
import io.tiski.platform.ServiceUnavailable;
import io.tiski.platform.UiText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** Backing bean of login.xhtml. */
@Named
@RequestScoped
public class LoginView {

    private static final String ASKED_FOR_COOKIE = "WASReqURL";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    CurrentStaff caller;

    @Inject
    CurrentOperator operatorCaller;

    @Inject
    LoginThrottle throttle;

    @Inject
    DatabaseProbe database;

    private String username;
    private String password;

    public String login() {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        // A new session id for the signed-in session: an id planted before login is worthless after
        // it. Without a session none is made here: a failed login keeps nothing on the server, and a
        // successful one gets a fresh session when it is stamped.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // Checked only when neither the account nor this address must wait (LoginThrottle); a
        // refused attempt gets the answer of a wrong password.
        var status = new AuthenticationStatus[] {AuthenticationStatus.SEND_FAILURE};
        try {
            throttle.attempt(username, request.getRemoteAddr(), () -> {
                status[0] = securityContext.authenticate(request, response, withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
                boolean succeeded = status[0] == AuthenticationStatus.SUCCESS
                        || status[0] == AuthenticationStatus.SEND_CONTINUE;
                // The identity store's failure to read the staff table arrives as a failed check:
                // not counted against the account, and not called a wrong password.
                if (!succeeded && !database.answers()) {
                    throw new ServiceUnavailable();
                }
                return succeeded;
            });
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(ServiceUnavailable.RETRY_AFTER_SECONDS));
            String text = UiText.get(faces.getViewRoot().getLocale(), "login.unavailable");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return null;
        }
        switch (status[0]) {
            case SEND_CONTINUE:
                // The mechanism has redirected to the page the user originally asked for.
                stampSession(request);
                faces.responseComplete();
                return null;
            case SUCCESS:
                stampSession(request);
                redirectToPageAskedFor(request);
                return null;
            default:
                // One answer for unknown user, inactive user, wrong password and an attempt that
                // had to wait: the status the mechanism gives a failed check, and the same text.
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                String text = UiText.get(faces.getViewRoot().getLocale(), "login.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                return null;
        }
    }

    // A staff member's or an operator's: each stamps only a login of its own kind.
    private void stampSession(HttpServletRequest request) {
        caller.stampSession(request, username);
        operatorCaller.stampSession(request, username);
    }

    /**
     * Liberty answers SUCCESS (not SEND_CONTINUE) to a login from a custom form and keeps the page
     * the user first asked for in its {@value #ASKED_FOR_COOKIE} cookie. Only that address's path is
     * used, so the cookie can never send the user to another site.
     */
    private void redirectToPageAskedFor(HttpServletRequest request) {
        var external = faces.getExternalContext();
        String target = external.getRequestContextPath() + "/index.xhtml";
        var askedFor = (Cookie) external.getRequestCookieMap().get(ASKED_FOR_COOKIE);
        if (askedFor != null) {
            target = pathOf(askedFor.getValue()).orElse(target);
            external.addResponseCookie(ASKED_FOR_COOKIE, "", Map.of("maxAge", 0, "path", "/"));
        }
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> pathOf(String address) {
        try {
            var uri = new URI(address);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.endsWith("/login.xhtml")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
