package io.tiski.organisation.entity;

import io.tiski.platform.InvalidInput;
import io.tiski.platform.Names;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A person who works in Tiski for one organisation: an agent, supervisor or admin. */
@Entity
@Table(name = "staff_users")
public class StaffUser {

    public static final int MAX_USERNAME_LENGTH = 80;
    public static final int MAX_DISPLAY_NAME_LENGTH = 120;
    /** The languages Tiski's pages speak (the resource bundles), as language tags. */
    public static final List<String> LANGUAGES = List.of("en", "fi", "sv", "cs");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,79}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    // Read-only copy of the foreign key: scoping checks need no fetch of the organisation.
    @Column(name = "organisation_id", insertable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = MAX_USERNAME_LENGTH, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
    private String displayName;

    // Null: the browser's language decides.
    @Column(length = 8)
    private String language;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    /** Set while the password is one someone else chose (the demo's, an operator's); see {@link #changeOwnPassword}. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Goes up with every change of what the user may do; sessions and live lines compare it. */
    @Column(name = "rights_version", nullable = false)
    private int rightsVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(Organisation organisation, String username, String displayName, String passwordHash,
                     Set<Role> roles, Instant createdAt) {
        this.organisation = organisation;
        this.organisationId = organisation.getId();
        this.username = normaliseUsername(username);
        rename(displayName);
        this.passwordHash = passwordHash;
        assignRoles(roles);
        this.createdAt = createdAt;
    }

    /** Usernames are compared case-insensitively: "Aino" and "aino" are one login. */
    public static String normaliseUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new InvalidInput("username", "user.username.invalid", MAX_USERNAME_LENGTH);
        }
        return normalised;
    }

    public void rename(String newDisplayName) {
        this.displayName = Names.valid(newDisplayName, MAX_DISPLAY_NAME_LENGTH, "displayName", "user.displayName.invalid");
    }

    /** The language of Tiski's pages for this user, one of {@link #LANGUAGES}; null or blank for the browser's. */
    public void chooseLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            this.language = null;
            return;
        }
        if (!LANGUAGES.contains(tag)) {
            throw new InvalidInput("language", "account.language.invalid");
        }
        this.language = tag;
    }

    /** The chosen language, if any. */
    public Optional<Locale> getLanguage() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }

    public void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInput("roles", "user.roles.required");
        }
        var roles = EnumSet.copyOf(newRoles);
        if (!roles.equals(this.roles)) {
            this.roles = roles;
            rightsVersion++;
        }
    }

    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        rightsVersion++;
    }

    /** The password was chosen by someone else: the user must replace it before anything else. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** The user's own new password; their other sessions end (the rights version moves on). */
    public void changeOwnPassword(String newPasswordHash) {
        changePasswordHash(newPasswordHash);
        this.mustChangePassword = false;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The organisation was deactivated: every session from before it stays ended, also after it is active again. */
    public void organisationDeactivated() {
        rightsVersion++;
    }

    public void deactivate() {
        this.active = false;
        rightsVersion++;
    }

    /** Active again; sessions from before the deactivation stay ended (the rights version moved on). */
    public void activate() {
        this.active = true;
        rightsVersion++;
    }

    public int getRightsVersion() {
        return rightsVersion;
    }

    public boolean isActiveAdmin() {
        return active && roles.contains(Role.ADMIN);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(long organisationId) {
        return this.organisationId == organisationId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
