package io.tiski.chat.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A frame that could not be done (type "error"): the client id it was about, if any, the reason
 * for people ({@code detail}) and for programs ({@code code}, the message key, e.g. chat.tooFast).
 */
@JsonbNillable
public record ChatErrorJson(String type, String clientId, String code, String detail) {

    ChatErrorJson(String clientId, String code, String detail) {
        this("error", clientId, code, detail);
    }
}
