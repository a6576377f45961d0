package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebOriginTest {

    @Test
    void anOriginIsKeptInTheFormBrowsersSend() {
        assertThat(WebOrigin.parse("HTTPS://Shop.Example:443/")).isEqualTo("https://shop.example");
        assertThat(WebOrigin.parse("http://localhost:8080")).isEqualTo("http://localhost:8080");
        assertThat(WebOrigin.parse("http://shop.example:80")).isEqualTo("http://shop.example");
    }

    @Test
    void anythingButSchemeHostAndPortIsRefused() {
        for (String wrong : new String[] {"shop.example", "ftp://shop.example", "https://shop.example/cart",
                "https://shop.example?x=1", "https://user@shop.example", "javascript:alert(1)", "https://"}) {
            assertThatThrownBy(() -> WebOrigin.parse(wrong)).as(wrong).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void sameSiteComparesHostAndPort() {
        assertThat(WebOrigin.isSameSite(null, "tiski.example")).as("not a browser").isTrue();
        assertThat(WebOrigin.isSameSite("https://tiski.example", "tiski.example")).isTrue();
        assertThat(WebOrigin.isSameSite("https://tiski.example", "tiski.example:443")).isTrue();
        assertThat(WebOrigin.isSameSite("http://localhost:9080", "localhost:9080")).isTrue();
        assertThat(WebOrigin.isSameSite("http://tiski.example:9999", "tiski.example")).as("another port").isFalse();
        assertThat(WebOrigin.isSameSite("https://attacker.example", "tiski.example")).isFalse();
        assertThat(WebOrigin.isSameSite("null", "tiski.example")).as("a sandboxed page").isFalse();
        assertThat(WebOrigin.isSameSite("https://tiski.example", null)).isFalse();
    }
}
