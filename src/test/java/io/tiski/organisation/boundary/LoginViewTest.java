package io.tiski.organisation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void continuesToThePathAskedForOnThisSiteOnly() {
        assertThat(LoginView.pathOf("http://:9080/admin/users.xhtml")).hasValue("/admin/users.xhtml");
        assertThat(LoginView.pathOf("http://tiski.example/admin/queues.xhtml?x=1")).hasValue("/admin/queues.xhtml?x=1");
        assertThat(LoginView.pathOf("https://evil.example//evil.example/x")).isEmpty();
        assertThat(LoginView.pathOf("javascript:alert(1)")).isEmpty();
        assertThat(LoginView.pathOf("http://:9080/login.xhtml")).isEmpty();
        assertThat(LoginView.pathOf("not a uri")).isEmpty();
    }
}
