package io.tiski.desk.boundary;

import io.tiski.desk.entity.DeskPreferences;

/**
 * The desk's alert switches: a sound, and the browser tab's title flashing, on new events. On the
 * way in a switch left out (null) stays as it is.
 */
public record DeskPreferencesJson(Boolean soundAlerts, Boolean tabFlash) {

    static DeskPreferencesJson of(DeskPreferences preferences) {
        return new DeskPreferencesJson(preferences.isSoundAlerts(), preferences.isTabFlash());
    }
}
