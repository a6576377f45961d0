package io.tiski.organisation.boundary;

import io.tiski.organisation.entity.StaffUser;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Locale;

/** The signed-in staff member's own settings; {@code language} null: the browser's. */
@JsonbNillable
public record AccountJson(String username, String displayName, String language) {

    static AccountJson of(StaffUser user) {
        return new AccountJson(user.getUsername(), user.getDisplayName(),
                user.getLanguage().map(Locale::toLanguageTag).orElse(null));
    }
}
