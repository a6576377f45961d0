package io.tiski.organisation.boundary;

import io.tiski.organisation.entity.Organisation;
import java.util.List;

/** The widget's settings of an organisation: the sites that may show it, and whether chats need a challenge. */
public record WidgetSettingsJson(List<String> allowedOrigins, Boolean chatChallenge) {

    static WidgetSettingsJson of(Organisation organisation) {
        return new WidgetSettingsJson(organisation.getAllowedOrigins(), organisation.challengesChats());
    }
}
