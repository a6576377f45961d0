package io.tiski.queue.entity;

import io.tiski.platform.EmailAddresses;
import io.tiski.organisation.entity.Organisation;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.Names;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A line customers join to reach the agents who handle it. */
@Entity
@Table(name = "queues")
public class Queue {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int DEFAULT_MAX_CHATS_PER_AGENT = 3;
    public static final int MAX_CHATS_PER_AGENT_LIMIT = 20;
    public static final int DEFAULT_OFFER_TIMEOUT_SECONDS = 30;
    public static final int MIN_OFFER_TIMEOUT_SECONDS = 5;
    public static final int MAX_OFFER_TIMEOUT_SECONDS = 300;
    public static final int DEFAULT_MAX_WAITING = 200;
    public static final int MAX_WAITING_LIMIT = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    // Read-only copy of the foreign key: scoping checks need no fetch of the organisation.
    @Column(name = "organisation_id", insertable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "max_chats_per_agent", nullable = false)
    private int maxChatsPerAgent = DEFAULT_MAX_CHATS_PER_AGENT;

    @Column(name = "attachments_allowed", nullable = false)
    private boolean attachmentsAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "routing_mode", nullable = false, length = 10)
    private RoutingMode routingMode = RoutingMode.PICK;

    @Column(name = "offer_timeout_seconds", nullable = false)
    private int offerTimeoutSeconds = DEFAULT_OFFER_TIMEOUT_SECONDS;

    // A full line turns new customers away: a bot cannot make a queue endless for everyone after it.
    @Column(name = "max_waiting", nullable = false)
    private int maxWaiting = DEFAULT_MAX_WAITING;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    // Lazy: routing reads a queue for every customer and offer and rarely needs its handlers.
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "queue_handlers",
            joinColumns = @JoinColumn(name = "queue_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<StaffUser> handlers = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Queue() {
    }

    public Queue(Organisation organisation, String name, Instant createdAt) {
        this.organisation = organisation;
        this.organisationId = organisation.getId();
        rename(name);
        this.createdAt = createdAt;
    }

    /** The name as it will be stored: trimmed, non-empty, at most {@value #MAX_NAME_LENGTH} characters. */
    public static String validName(String name) {
        return Names.valid(name, MAX_NAME_LENGTH, "queue.name.invalid");
    }

    public void rename(String newName) {
        this.name = validName(newName);
    }

    public void open() {
        this.open = true;
    }

    public void close() {
        this.open = false;
    }

    public void configure(int newMaxChatsPerAgent, boolean newAttachmentsAllowed) {
        if (newMaxChatsPerAgent < 1 || newMaxChatsPerAgent > MAX_CHATS_PER_AGENT_LIMIT) {
            throw new InvalidInput("maxChatsPerAgent", "queue.maxChats.invalid", 1, MAX_CHATS_PER_AGENT_LIMIT);
        }
        this.maxChatsPerAgent = newMaxChatsPerAgent;
        this.attachmentsAllowed = newAttachmentsAllowed;
    }

    /** How many customers may wait at once; the next one is told the line is full. */
    public void limitWaiting(int newMaxWaiting) {
        if (newMaxWaiting < 1 || newMaxWaiting > MAX_WAITING_LIMIT) {
            throw new InvalidInput("maxWaiting", "queue.maxWaiting.invalid", 1, MAX_WAITING_LIMIT);
        }
        this.maxWaiting = newMaxWaiting;
    }

    /** Whether a customer may join behind {@code waiting} others. */
    public boolean hasRoomBehind(long waiting) {
        return waiting < maxWaiting;
    }

    /** How customers reach agents, and how long an offer waits for an answer before it passes on. */
    public void route(RoutingMode mode, int newOfferTimeoutSeconds) {
        if (mode == null) {
            throw new InvalidInput("routingMode", "queue.routingMode.invalid");
        }
        if (newOfferTimeoutSeconds < MIN_OFFER_TIMEOUT_SECONDS || newOfferTimeoutSeconds > MAX_OFFER_TIMEOUT_SECONDS) {
            throw new InvalidInput("offerTimeoutSeconds", "queue.offerTimeout.invalid",
                    MIN_OFFER_TIMEOUT_SECONDS, MAX_OFFER_TIMEOUT_SECONDS);
        }
        this.routingMode = mode;
        this.offerTimeoutSeconds = newOfferTimeoutSeconds;
    }

    /** Where messages left while the queue is closed are e-mailed; blank for none. */
    public void mailOfflineMessagesTo(String address) {
        if (address == null || address.isBlank()) {
            this.contactEmail = null;
            return;
        }
        String trimmed = address.strip();
        if (!EmailAddresses.isPlausible(trimmed)) {
            throw new InvalidInput("contactEmail", "queue.contactEmail.invalid", trimmed);
        }
        this.contactEmail = trimmed;
    }

    /** Handlers must be active agents of the queue's own organisation. */
    public void assignHandlers(Set<StaffUser> newHandlers) {
        for (var handler : newHandlers) {
            if (!handler.belongsTo(organisationId) || !handler.isActive() || !handler.hasRole(Role.AGENT)) {
                throw new InvalidInput("handlers", "queue.handlers.invalid", handler.getDisplayName());
            }
        }
        this.handlers = new HashSet<>(newHandlers);
    }

    public boolean belongsTo(long organisationId) {
        return this.organisationId == organisationId;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public boolean isOpen() {
        return open;
    }

    public int getMaxWaiting() {
        return maxWaiting;
    }

    public int getMaxChatsPerAgent() {
        return maxChatsPerAgent;
    }

    public boolean isAttachmentsAllowed() {
        return attachmentsAllowed;
    }

    public RoutingMode getRoutingMode() {
        return routingMode;
    }

    public int getOfferTimeoutSeconds() {
        return offerTimeoutSeconds;
    }

    public boolean isHandledBy(long userId) {
        return handlers.stream().anyMatch(handler -> handler.getId() == userId);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Set<StaffUser> getHandlers() {
        return Set.copyOf(handlers);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
