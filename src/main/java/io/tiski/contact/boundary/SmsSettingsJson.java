package io.tiski.contact.boundary;

import io.tiski.contact.entity.SmsSettings;

/**
 * The organisation's SMS settings: {@code gateway} RECORDING or HTTP, and the HTTP service's
 * {@code url}, {@code username}, {@code contentType} (application/json or
 * application/x-www-form-urlencoded) and {@code bodyTemplate} (with {to} and {text}). The password is
 * write-only: sent in {@code password} (left out keeps it, empty removes it), answered only as
 * {@code passwordSet}.
 */
public record SmsSettingsJson(String gateway, String url, String username, String password, Boolean passwordSet,
                              String contentType, String bodyTemplate) {

    static SmsSettingsJson of(SmsSettings settings) {
        return new SmsSettingsJson(settings.getGateway().name(), settings.getUrl(), settings.getUsername(), null,
                settings.isPasswordSet(), settings.getContentType().mediaType(), settings.getBodyTemplate());
    }
}
