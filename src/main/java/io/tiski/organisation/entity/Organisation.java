package io.tiski.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.Names;
import io.tiski.platform.PhoneNumbers;
import io.tiski.platform.WebOrigin;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** A tenant: a company that runs its own queues and staff in a shared Tiski installation. */
@Entity
@Table(name = "organisations")
public class Organisation {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_ALLOWED_ORIGINS = 20;
    private static final int ALLOWED_ORIGINS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "allowed_origins", nullable = false, length = ALLOWED_ORIGINS_LENGTH)
    private String allowedOrigins = "";

    @Column(name = "agents_edit_contacts", nullable = false)
    private boolean agentsEditContacts;

    @Column(name = "default_country", nullable = false, length = 2)
    private String defaultCountry = "FI";

    /** On: a new chat needs a proof of work from the customer's browser (see ChatChallenges). */
    @Column(name = "chat_challenge", nullable = false)
    private boolean chatChallenge;

    /** A tz database name (Europe/Helsinki) for the times the desk and the widget show; null: the server's zone. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    /** Off: its staff cannot log in and its widget starts no chats (a platform operator's decision). */
    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {
    }

    public Organisation(String name, Instant createdAt) {
        this.name = Names.valid(name, MAX_NAME_LENGTH, "organisation.name.invalid");
        this.createdAt = createdAt;
    }

    /** Whether a new chat must bring a solved challenge (an admin switches it on against scripts). */
    public void challengeChats(boolean on) {
        this.chatChallenge = on;
    }

    public boolean challengesChats() {
        return chatChallenge;
    }

    /** A new name (NFC, no invisible characters); uniqueness is the database's unique key. */
    public void rename(String newName) {
        this.name = Names.valid(newName, MAX_NAME_LENGTH, "organisation.name.invalid");
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * The sites whose pages may open the chat: each {@code https://host} or {@code http://host:port},
     * nothing after the host. All or nothing: one bad entry changes no entry.
     */
    public void allowWidgetOn(List<String> origins) {
        var normalised = new LinkedHashSet<String>();
        for (String origin : origins) {
            if (origin != null && !origin.isBlank()) {
                normalised.add(WebOrigin.parse(origin.strip()));
            }
        }
        String joined = String.join(" ", normalised);
        if (normalised.size() > MAX_ALLOWED_ORIGINS || joined.length() > ALLOWED_ORIGINS_LENGTH) {
            throw new InvalidInput("allowedOrigins", "organisation.origins.tooMany", MAX_ALLOWED_ORIGINS);
        }
        this.allowedOrigins = joined;
    }

    /** Whether a page of this origin (as a browser sends it) may open the organisation's chat. */
    public boolean allowsWidgetOn(String origin) {
        return WebOrigin.normalised(origin).map(getAllowedOrigins()::contains).orElse(false);
    }

    /**
     * The contact-card settings: whether agents and supervisors may add and change cards (admins
     * always may), and the country of phone numbers written without a country code. Both or neither.
     */
    public void setContactRules(boolean agentsMayEdit, String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!PhoneNumbers.isKnownCountry(code)) {
            throw new InvalidInput("defaultCountry", "organisation.country.invalid", code);
        }
        this.agentsEditContacts = agentsMayEdit;
        this.defaultCountry = code;
    }

    public boolean agentsMayEditContacts() {
        return agentsEditContacts;
    }

    /** ISO 3166 alpha-2, such as FI. */
    public String getDefaultCountry() {
        return defaultCountry;
    }

    /**
     * The zone the desk and the widget show times in: a region's name from the tz database
     * (Europe/Helsinki), not a bare offset, so that summer time follows by itself.
     */
    public void setTimeZone(String id) {
        String trimmed = id == null ? "" : id.strip();
        try {
            var zone = ZoneId.of(trimmed);
            if (zone instanceof ZoneOffset || trimmed.length() > 64) {
                throw new DateTimeException(trimmed);
            }
            this.timeZone = zone.getId();
        } catch (DateTimeException e) {
            throw new InvalidInput("timeZone", "organisation.timeZone.invalid", trimmed);
        }
    }

    /** The organisation's time zone, the server's until an admin chose one. */
    public ZoneId timeZone() {
        return timeZone == null ? ZoneId.systemDefault() : ZoneId.of(timeZone);
    }

    public List<String> getAllowedOrigins() {
        return allowedOrigins.isEmpty() ? List.of() : List.of(allowedOrigins.split(" "));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
