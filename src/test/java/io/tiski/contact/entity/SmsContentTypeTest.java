package io.tiski.contact.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.platform.InvalidInput;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Filling an SMS service's body template, and what its settings may be. */
class SmsContentTypeTest {

    private static final String AWKWARD = "He said \"hi\" & left\\ at 5 % = {to}\nÄiti 👋\t\u2028\u0001end";

    @Test
    void jsonValuesStayInsideTheirString() {
        String body = SmsContentType.JSON.fill("{\"to\":\"{to}\",\"text\":\"{text}\"}", "+358401234567", AWKWARD);

        var json = Json.createReader(new StringReader(body)).readObject();
        assertThat(json.getString("to")).isEqualTo("+358401234567");
        assertThat(json.getString("text")).as("a {to} in the text stays as written").isEqualTo(AWKWARD);
        assertThat(json.keySet()).containsExactly("to", "text");
        assertThat(body).doesNotContain("\n", "\u2028");
    }

    @Test
    void formValuesCannotAddFields() {
        String body = SmsContentType.FORM.fill("user=acme&to={to}&msg={text}", "+358401234567", AWKWARD);

        var fields = body.split("&");
        assertThat(fields).hasSize(3);
        assertThat(URLDecoder.decode(fields[1], StandardCharsets.UTF_8)).isEqualTo("to=+358401234567");
        assertThat(URLDecoder.decode(fields[2].substring("msg=".length()), StandardCharsets.UTF_8)).isEqualTo(AWKWARD);
    }

    @Test
    void settingsAreCheckedAllOrNothing() {
        var settings = new SmsSettings(1, Instant.EPOCH);
        assertThat(settings.getGateway()).isEqualTo(SmsGatewayKind.RECORDING);

        assertField(() -> settings.change("HTTP", "javascript:alert(1)", null, null, null, SmsSettings.DEFAULT_TEMPLATE,
                Instant.EPOCH, SEAL), "url");
        assertField(() -> settings.change("HTTP", "https://sms.example", null, null, null, "to={to}", Instant.EPOCH, SEAL),
                "bodyTemplate");
        assertField(() -> settings.change("HTTP", "https://sms.example", null, null, "text/plain",
                SmsSettings.DEFAULT_TEMPLATE, Instant.EPOCH, SEAL), "contentType");
        assertField(() -> settings.change("SMTP", null, null, null, null, null, Instant.EPOCH, SEAL), "gateway");
        assertThat(settings.getGateway()).isEqualTo(SmsGatewayKind.RECORDING);

        settings.change("http", " https://sms.example/send ", "acme", " pw ", "application/x-www-form-urlencoded",
                "to={to}&text={text}", Instant.EPOCH, SEAL);
        assertThat(settings.getUrl()).isEqualTo("https://sms.example/send");
        assertThat(settings.getStoredPassword()).as("as typed, sealed").isEqualTo("sealed( pw )");
        settings.change("RECORDING", "https://sms.example/send", "acme", null, null, "to={to}&text={text}", Instant.EPOCH, SEAL);
        assertThat(settings.getStoredPassword()).as("null keeps").isEqualTo("sealed( pw )");
        settings.change("HTTP", "https://sms.example/send", "acme", null, null, "to={to}&text={text}", Instant.EPOCH, SEAL);
        assertThat(settings.getContentType()).as("none given is JSON").isEqualTo(SmsContentType.JSON);
        settings.change("RECORDING", null, null, "", null, null, Instant.EPOCH, SEAL);
        assertThat(settings.isPasswordSet()).as("empty removes").isFalse();
    }

    @Test
    void switchingBackToRecordingAlwaysWorksAndKeepsTheServicesSettings() {
        var settings = new SmsSettings(1, Instant.EPOCH);
        settings.change("HTTP", "https://sms.example/send", "acme", "pw", null, SmsSettings.DEFAULT_TEMPLATE, Instant.EPOCH, SEAL);

        // What the form still holds for the service is not the service's to judge once it is not used.
        settings.change("RECORDING", "ftp://elsewhere.example", "x".repeat(500), null, "text/plain", "no placeholders",
                Instant.EPOCH, SEAL);

        assertThat(settings.getGateway()).isEqualTo(SmsGatewayKind.RECORDING);
        assertThat(settings.getUrl()).as("kept for a switch back").isEqualTo("https://sms.example/send");
        assertThat(settings.getStoredPassword()).isEqualTo("sealed(pw)");
        assertThat(settings.getBodyTemplate()).isEqualTo(SmsSettings.DEFAULT_TEMPLATE);
    }

    // What a password becomes when stored; platform SecretsTest proves the real sealing.
    private static final UnaryOperator<String> SEAL = plain -> "sealed(" + plain + ")";

    private static void assertField(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo(field));
    }
}
