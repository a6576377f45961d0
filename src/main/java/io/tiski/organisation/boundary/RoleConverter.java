package io.tiski.organisation.boundary;

import io.tiski.organisation.entity.Role;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;

/** Role checkboxes bind to a {@code List<Role>}, whose element type Faces cannot see at run time. */
@FacesConverter("tiskiRole")
public class RoleConverter extends EnumConverter {

    public RoleConverter() {
        super(Role.class);
    }
}
