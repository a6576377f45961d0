package io.tiski.live;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A frame that could not be done (type "error"): the client id it was about, if any, the reason
 * for people ({@code detail}) and for programs ({@code code}, the message key, e.g. chat.tooFast),
 * and for {@code error.unavailable} the seconds after which to send the same frame again.
 */
@JsonbNillable
public record ChatErrorJson(String type, String clientId, String code, String detail, Long retryAfterSeconds) {

    ChatErrorJson(String clientId, String code, String detail) {
        this("error", clientId, code, detail, null);
    }

    ChatErrorJson(String clientId, String code, String detail, Long retryAfterSeconds) {
        this("error", clientId, code, detail, retryAfterSeconds);
    }
}
