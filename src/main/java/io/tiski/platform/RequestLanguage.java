package io.tiski.platform;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language a REST caller reads: the first of Accept-Language, English when none or any ("*"). */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        var languages = headers == null ? null : headers.getAcceptableLanguages();
        if (languages == null || languages.isEmpty() || "*".equals(languages.get(0).getLanguage())) {
            return Locale.ENGLISH;
        }
        return languages.get(0);
    }
}
