package io.tiski.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row saying how the installation got its first organisation. Its fixed primary key is
 * what decides between two first-run setups submitted at once (or a setup and another server's
 * demo seed): the second insert breaks the key and its transaction rolls back whole.
 */
@Entity
@Table(name = "installation_setup")
public class InstallationSetup {

    /** Who made the first organisation. */
    public enum By { DEMO_SEED, FIRST_RUN }

    private static final int THE_ONE_ROW = 1;

    @Id
    private Integer id;

    @Column(name = "set_up_at", nullable = false)
    private Instant setUpAt;

    @Column(name = "set_up_by", nullable = false, length = 20)
    private String setUpBy;

    protected InstallationSetup() {
    }

    public InstallationSetup(By by, Instant at) {
        this.id = THE_ONE_ROW;
        this.setUpAt = at;
        this.setUpBy = by.name();
    }
}
