package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.SitePage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitePageTreeOrderTest {
    static SitePage page(long id, String title, Long parent) {
        return new SitePage(id, 1, title, "p" + id, "", "", parent, 0, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void eachPageComesRightAfterItsParentAndAPageWithAMissingParentIsAtTheTop() {
        List<SitePage> sorted =
                List.of(page(1, "Crew", 3L), page(2, "Contact", null), page(3, "About", null), page(4, "Lost", 99L));
        assertThat(SitePageService.treeOrder(sorted).stream().map(SitePage::title))
                .containsExactly("Contact", "About", "Crew", "Lost");
    }

    @Test
    void aCycleWrittenInTheDatabaseStillListsEveryPageOnce() {
        List<SitePage> sorted = List.of(page(1, "A", 2L), page(2, "B", 1L), page(3, "C", null));
        assertThat(SitePageService.treeOrder(sorted).stream().map(SitePage::title))
                .containsExactlyInAnyOrder("A", "B", "C")
                .hasSize(3);
    }
}
