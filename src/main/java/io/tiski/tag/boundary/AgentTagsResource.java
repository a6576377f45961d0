package io.tiski.tag.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.tag.control.Tags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * /api/agent/tags: the tags the desk offers for tagging, the organisation's active ones by name.
 * Its own root resource beside AgentResource ({@code agent}): JAX-RS picks the root path with the
 * most literal characters, so {@code agent/tags} is matched here and everything else under
 * {@code agent} still goes there.
 */
@Path("agent/tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class AgentTagsResource {

    @Inject
    Tags tags;

    @Inject
    CurrentStaff caller;

    @GET
    public List<TagJson> active() {
        return TagJson.of(tags.active(caller.organisationId()));
    }
}
