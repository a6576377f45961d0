package io.tiski.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.platform.InvalidInput;
import io.tiski.testsupport.Build;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    @Test
    void usernamesAreCaseInsensitiveAndTrimmed() {
        assertThat(StaffUser.normaliseUsername("  Aino.Agent@Example.com ")).isEqualTo("aino.agent@example.com");
    }

    @Test
    void malformedUsernamesAreRefused() {
        for (String bad : new String[] {null, "", "ab", "-dash-first", "has space", "ääkkönen", "x".repeat(81)}) {
            assertThatThrownBy(() -> StaffUser.normaliseUsername(bad)).as(String.valueOf(bad))
                    .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("username");
        }
    }

    @Test
    void aUserHasAtLeastOneRole() {
        var user = Build.agent(Build.organisation(1), 5);

        assertThatThrownBy(() -> user.assignRoles(Set.of())).isInstanceOf(InvalidInput.class);
        assertThat(user.getRoles()).containsExactly(Role.AGENT);
    }

    @Test
    void displayNameIsRequired() {
        var user = Build.agent(Build.organisation(1), 5);

        assertThatThrownBy(() -> user.rename("  ")).isInstanceOf(InvalidInput.class);
        user.rename(" Aino Agent ");
        assertThat(user.getDisplayName()).isEqualTo("Aino Agent");
    }

    @Test
    void onlyAnActiveAdminCountsAsAdmin() {
        var admin = Build.user(Build.organisation(1), 5, Role.ADMIN);
        assertThat(admin.isActiveAdmin()).isTrue();

        admin.deactivate();

        assertThat(admin.isActiveAdmin()).isFalse();
        assertThat(admin.hasRole(Role.ADMIN)).isTrue();
    }
}
