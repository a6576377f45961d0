package io.tiski.desk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an agent has chosen for their desk's alerts; without a row both are on. */
@Entity
@Table(name = "desk_preferences")
public class DeskPreferences {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "sound_alerts", nullable = false)
    private boolean soundAlerts = true;

    @Column(name = "tab_flash", nullable = false)
    private boolean tabFlash = true;

    protected DeskPreferences() {
    }

    public static DeskPreferences defaultsFor(long organisationId, long userId) {
        var preferences = new DeskPreferences();
        preferences.organisationId = organisationId;
        preferences.userId = userId;
        return preferences;
    }

    /** A switch given as null keeps its value. */
    public void change(Boolean newSoundAlerts, Boolean newTabFlash) {
        if (newSoundAlerts != null) {
            this.soundAlerts = newSoundAlerts;
        }
        if (newTabFlash != null) {
            this.tabFlash = newTabFlash;
        }
    }

    public boolean isSoundAlerts() {
        return soundAlerts;
    }

    public boolean isTabFlash() {
        return tabFlash;
    }
}
