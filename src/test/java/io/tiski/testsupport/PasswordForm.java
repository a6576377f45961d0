package io.tiski.testsupport;

import java.net.http.HttpResponse;
import java.util.Map;

/** The own-password page (account/password.xhtml) filled in and posted by a {@link StaffClient}. */
public final class PasswordForm {

    private PasswordForm() {
    }

    /** Posts the form; answers the server's reply to the post (302 to the start page when changed). */
    public static HttpResponse<String> submit(StaffClient client, String current, String newPassword, String repeated) {
        var page = client.get("account/password.xhtml");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("No password page: " + page.statusCode());
        }
        return client.submit("account/password.xhtml", page, Map.of(
                "passwordForm", "passwordForm",
                "passwordForm:currentPassword", current,
                "passwordForm:newPassword", newPassword,
                "passwordForm:repeatedPassword", repeated,
                "passwordForm:submit", ""));
    }
}
