package io.tiski.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A platform operator: runs the installation's organisations (creates, renames, deactivates them
 * and gives them their first admin). Deliberately not a staff member of any organisation and not a
 * {@link Role}: an operator has no organisation, so nothing scoped to one (conversations, contacts,
 * queues, users) can be reached with an operator's login.
 */
@Entity
@Table(name = "operators")
public class Operator {

    /** The Jakarta Security group and role of operators (web.xml, {@code @RolesAllowed}). */
    public static final String ROLE = "OPERATOR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = StaffUser.MAX_USERNAME_LENGTH, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Goes up when the password changes; sessions from before compare it and end. */
    @Column(name = "rights_version", nullable = false)
    private int rightsVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Operator() {
    }

    /** Usernames follow the staff rules (and share their namespace: login is by username alone). */
    public Operator(String username, String passwordHash, Instant createdAt) {
        this.username = StaffUser.normaliseUsername(username);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void changeOwnPassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
        rightsVersion++;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getRightsVersion() {
        return rightsVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
