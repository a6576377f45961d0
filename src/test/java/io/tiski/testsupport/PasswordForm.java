package io.tiski.testsupport;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

/** The own-password page (account/password.xhtml) filled in and posted by a {@link StaffClient}. */
public final class PasswordForm {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private PasswordForm() {
    }

    /** Posts the form; answers the server's reply to the post (302 to the start page when changed). */
    public static HttpResponse<String> submit(StaffClient client, String current, String newPassword, String repeated) {
        var page = client.get("account/password.xhtml");
        var matcher = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("No password page: " + page.statusCode());
        }
        return client.postForm("account/password.xhtml", Map.of(
                "passwordForm", "passwordForm",
                "passwordForm:currentPassword", current,
                "passwordForm:newPassword", newPassword,
                "passwordForm:repeatedPassword", repeated,
                "passwordForm:submit", "",
                "jakarta.faces.ViewState", matcher.group(1).replace("&#58;", ":")));
    }
}
