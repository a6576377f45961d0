package io.tiski.testsupport;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one test archive: the WAR that Maven built, as it ships, plus the test fixtures that set
 * up organisations over HTTP. Tests talk to it as a browser or API client would.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive tiski() {
        return ShrinkWrap.create(ZipImporter.class, "tiski.war")
                .importFrom(new File("target/tiski.war"))
                .as(WebArchive.class)
                .addClasses(FixturesServlet.class, Fixtures.class, MovableClock.class, MergeWitness.class);
    }

    /** Where the server under test answers; the port is the one Maven gave the test server. */
    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("tiski.http.port", "9080") + "/");
    }
}
