package io.tiski.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api; it uses the staff member's login session. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
