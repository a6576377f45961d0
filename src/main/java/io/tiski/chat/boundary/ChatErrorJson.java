package io.tiski.chat.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

/** A frame that could not be done (type "error"), with the client id it was about, if any. */
@JsonbNillable
public record ChatErrorJson(String type, String clientId, String detail) {

    ChatErrorJson(String clientId, String detail) {
        this("error", clientId, detail);
    }
}
