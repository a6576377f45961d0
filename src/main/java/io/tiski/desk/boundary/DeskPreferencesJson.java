package io.tiski.desk.boundary;

import io.tiski.desk.entity.DeskPreferences;

/** The desk's alert switches: a sound, and the browser tab's title flashing, on new events. */
public record DeskPreferencesJson(boolean soundAlerts, boolean tabFlash) {

    static DeskPreferencesJson of(DeskPreferences preferences) {
        return new DeskPreferencesJson(preferences.isSoundAlerts(), preferences.isTabFlash());
    }
}
