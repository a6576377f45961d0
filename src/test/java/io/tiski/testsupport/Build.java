package io.tiski.testsupport;

import io.tiski.organisation.entity.Organisation;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import java.time.Instant;
import java.util.Set;

/** Small builders for unit tests: {@code Build.organisation(1)}, {@code Build.agent(org, 7)}. */
public final class Build {

    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private Build() {
    }

    public static Organisation organisation(long id) {
        return EntityIds.withId(new Organisation("Org " + id, NOW), id);
    }

    public static StaffUser user(Organisation organisation, long id, Role... roles) {
        return EntityIds.withId(new StaffUser(organisation, "user" + id, "User " + id, "hash", Set.of(roles), NOW), id);
    }

    public static StaffUser agent(Organisation organisation, long id) {
        return user(organisation, id, Role.AGENT);
    }
}
