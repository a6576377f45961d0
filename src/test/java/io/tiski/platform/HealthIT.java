package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestServer;
import org.junit.jupiter.api.Test;

class HealthIT {

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
        assertThat(response.body()).as("no figures of the server for anyone who asks").doesNotContain("Bytes", "usedBytes");
    }
}
