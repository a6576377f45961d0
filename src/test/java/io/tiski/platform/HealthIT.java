package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Deployments;
import io.tiski.testsupport.StaffClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tiski();
    }

    @Test
    void readyWhenTheDatabaseAnswersAndTheSchemaIsMigrated() {
        var response = new StaffClient().get("health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        var database = StaffClient.object(response).getJsonArray("checks").getJsonObject(0);
        assertThat(database.getString("name")).isEqualTo("database");
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getBoolean("migrated")).isTrue();
    }

    @Test
    void alive() {
        var response = new StaffClient().get("health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(response).getString("status")).isEqualTo("UP");
    }
}
