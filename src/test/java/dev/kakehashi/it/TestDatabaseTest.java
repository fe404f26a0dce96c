package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {
    @Test
    void h2IsTheDefaultAndPostgresIsChosenByName() {
        assertThat(TestDatabase.postgres(null)).isFalse();
        assertThat(TestDatabase.postgres("h2")).isFalse();
        assertThat(TestDatabase.postgres("postgres")).isTrue();
    }

    @Test
    void aMistypedDatabaseIsRefusedInsteadOfRunningOnH2() {
        assertThatThrownBy(() -> TestDatabase.postgres("postgre"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be h2 or postgres")
                .hasMessageContaining("postgre");
        assertThatThrownBy(() -> TestDatabase.postgres("pg")).isInstanceOf(IllegalArgumentException.class);
    }
}
