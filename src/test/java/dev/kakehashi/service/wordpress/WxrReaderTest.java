package dev.kakehashi.service.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WxrReaderTest {
    private static InputStream fixture(String name) {
        return WxrReaderTest.class.getResourceAsStream("/wordpress/" + name);
    }

    private static List<WxrItem> all(String name) throws IOException {
        try (InputStream in = fixture(name);
                WxrReader r = new WxrReader(in)) {
            List<WxrItem> items = new ArrayList<>();
            for (WxrItem i = r.next(); i != null; i = r.next()) {
                items.add(i);
            }
            return items;
        }
    }

    private static WxrItem byId(List<WxrItem> items, long id) {
        return items.stream().filter(i -> i.postId() == id).findFirst().orElseThrow();
    }

    @Test
    void readsChannelAuthorsAndEveryItem() throws IOException {
        try (InputStream in = fixture("blog.xml");
                WxrReader r = new WxrReader(in)) {
            WxrItem first = r.next();
            assertEquals("attachment", first.type());
            assertEquals("https://old.example", r.siteUrl());
            assertEquals(
                    List.of("harbourmaster", "deckhand"),
                    r.authors().stream().map(WxrAuthor::login).toList());
            assertEquals("Harbour Master", r.authors().get(0).displayName());
        }
        assertEquals(8, all("blog.xml").size());
        assertEquals(8, WxrReader.count(fixture("blog.xml")));
    }

    @Test
    void readsAGutenbergPostWithTermsDatesAndFlags() throws IOException {
        WxrItem post = byId(all("blog.xml"), 10);
        assertEquals("First light over the harbour", post.title());
        assertEquals("first-light", post.name());
        assertEquals("publish", post.status());
        assertEquals("post", post.type());
        assertTrue(post.sticky());
        assertEquals(Instant.parse("2019-05-12T06:30:00Z"), post.date());
        assertEquals(Instant.parse("2019-06-01T10:00:00Z"), post.modified());
        assertEquals(List.of("Boats"), post.categories());
        assertEquals(List.of("sea fog"), post.tags());
        assertEquals("Boats in the morning fog.", post.excerpt());
        assertTrue(post.content().contains("<!-- wp:paragraph -->"));
        assertEquals("federated", post.meta().get("activitypub_status"));
    }

    @Test
    void readsThreadedCommentsPingbacksSpamAndFediverseIds() throws IOException {
        List<WxrComment> comments = byId(all("blog.xml"), 10).comments();
        assertEquals(5, comments.size());
        WxrComment reply = comments.get(1);
        assertEquals(101, reply.id());
        assertEquals(100, reply.parent());
        assertEquals(Instant.parse("2019-05-12T08:30:00Z"), reply.date());
        assertTrue(comments.get(2).isSpamOrTrash());
        assertTrue(comments.get(3).isPing());
        assertEquals(
                "https://social.example/users/mio/statuses/1100",
                comments.get(4).remoteId());
        assertNull(comments.get(0).remoteId());
        assertEquals("https://ada.example.org", comments.get(0).authorUrl());
    }

    @Test
    void readsFormatsDraftsScheduledPrivateAndPages() throws IOException {
        List<WxrItem> items = all("blog.xml");
        assertEquals("status", byId(items, 20).format());
        WxrItem draft = byId(items, 30);
        assertEquals("draft", draft.status());
        assertEquals(Instant.parse("2025-11-20T09:00:00Z"), draft.date(), "a draft's local date stands in");
        assertEquals("future", byId(items, 31).status());
        assertEquals("private", byId(items, 40).status());
        assertEquals("page", byId(items, 2).type());
        assertFalse(byId(items, 7).sticky());
    }

    @Test
    void refusesATruncatedFileInOneLine() {
        WxrRefused e = assertThrows(WxrRefused.class, () -> all("truncated.xml"));
        assertTrue(e.getMessage().startsWith("Not a readable WordPress export"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void refusesAFileThatIsNotXml() {
        WxrRefused e = assertThrows(WxrRefused.class, () -> all("not-xml.xml"));
        assertTrue(e.getMessage().startsWith("Not a readable WordPress export"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void refusesAnExternalEntityWithoutFetchingIt() {
        WxrRefused e = assertThrows(WxrRefused.class, () -> all("xxe.xml"));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void refusesBillionLaughs() {
        WxrRefused e = assertThrows(WxrRefused.class, () -> all("billion-laughs.xml"));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void refusesXmlThatIsNotAnExport() {
        WxrRefused e = assertThrows(
                WxrRefused.class,
                () -> new WxrReader(new java.io.ByteArrayInputStream("<html><body/></html>".getBytes())).next());
        assertTrue(e.getMessage().contains("<html>"), e.getMessage());
    }
}
