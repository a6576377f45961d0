package io.tiski.routing.control;

import io.tiski.routing.entity.Presence;

/** Another agent of the organisation, as a transfer or an invitation names them. */
public record Colleague(long id, String name, Presence presence) {
}
