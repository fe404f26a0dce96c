package dev.kakehashi.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {
    private static UriInfo uri(String path, String... query) {
        var q = new MultivaluedHashMap<String, String>();
        for (int i = 0; i < query.length; i += 2) {
            q.add(query[i], query[i + 1]);
        }
        // Only the two methods Paging reads.
        return (UriInfo) java.lang.reflect.Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getQueryParameters" -> q;
                    case "getPath" -> path;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void readsCursorsAndClampsTheLimit() {
        Paging p = Paging.from(uri("api/v1/timelines/home", "max_id", "100", "limit", "500"));
        assertThat(p.maxId()).isEqualTo(100L);
        assertThat(p.limit()).isEqualTo(40);
        assertThat(Paging.from(uri("x")).limit()).isEqualTo(20);
        assertThat(Paging.from(uri("x", "limit", "0")).limit()).isEqualTo(1);
        assertThat(Paging.from(uri("x", "min_id", "5")).ascending()).isTrue();
        assertThatThrownBy(() -> Paging.from(uri("x", "max_id", "abc"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theLinkHeaderPutsNextFirstWithMaxIdAndKeepsOtherParameters() {
        UriInfo uri = uri("api/v1/notifications", "limit", "2", "types[]", "mention", "max_id", "999");
        String link = Paging.from(uri)
                .link("https://blog.example", uri, List.of("30", "20"))
                .orElseThrow();
        assertThat(link).matches("<([^>]+)>; rel=\"next\".*");
        assertThat(link)
                .isEqualTo("<https://blog.example/api/v1/notifications?limit=2&types%5B%5D=mention&max_id=20>;"
                        + " rel=\"next\", <https://blog.example/api/v1/notifications?limit=2&types%5B%5D=mention"
                        + "&min_id=30>; rel=\"prev\"");
    }

    @Test
    void aShortPageHasOnlyPrevAndAnEmptyOneNoLink() {
        UriInfo uri = uri("api/v1/timelines/home");
        Paging p = Paging.from(uri);
        assertThat(p.link("https://b.example", uri, List.of("5")).orElseThrow())
                .doesNotContain("next")
                .contains("min_id=5");
        assertThat(p.link("https://b.example", uri, List.of())).isEmpty();
    }
}
