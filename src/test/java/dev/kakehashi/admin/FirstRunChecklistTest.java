package dev.kakehashi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRunChecklistTest {
    @Test
    void onlyAPublicHttpsNameIsReachableFromOtherServers() {
        assertThat(FirstRunChecklist.reachable("https://blog.example.com")).isTrue();
        assertThat(FirstRunChecklist.reachable("http://blog.example.com")).isFalse();
        assertThat(FirstRunChecklist.reachable("http://localhost:8080")).isFalse();
        assertThat(FirstRunChecklist.reachable("https://localhost")).isFalse();
        assertThat(FirstRunChecklist.reachable("https://127.0.0.1")).isFalse();
        assertThat(FirstRunChecklist.reachable("https://nas.local")).isFalse();
    }

    @Test
    void aFinishedBlogHasEveryStepDone() {
        var done = FirstRunChecklist.of(new FirstRunChecklist.Facts(
                "Notes", "About things", true, "https://blog.example.com", "@a@blog.example.com", 3, 1, true, true));
        assertThat(done.allDone()).isTrue();
        var fresh = FirstRunChecklist.of(new FirstRunChecklist.Facts(
                "Kakehashi", "", false, "http://localhost:8080", "@a@localhost:8080", 0, 0, false, true));
        assertThat(fresh.done()).isZero();
        assertThat(fresh.items())
                .extracting(FirstRunChecklist.Item::id)
                .containsExactly("describe", "avatar", "handle", "follow", "post", "mail");
    }
}
