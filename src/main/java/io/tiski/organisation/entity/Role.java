package io.tiski.organisation.entity;

/**
 * What a staff member may do within their organisation. The names are also the Jakarta Security
 * groups and roles, so they must match the role names used in web.xml and {@code @RolesAllowed}.
 */
public enum Role {
    /** Serves customers in the queues they handle. */
    AGENT,
    /** Watches and steers queues and agents. */
    SUPERVISOR,
    /** Maintains queues, users and settings of the organisation. */
    ADMIN;

    public static final String AGENT_NAME = "AGENT";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String ADMIN_NAME = "ADMIN";
}
