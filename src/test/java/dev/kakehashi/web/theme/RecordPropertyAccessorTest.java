package dev.kakehashi.web.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPropertyAccessorTest {
    record Author(String name) {}

    record Item(String title, Author author, List<String> tags) {
        public String shout() {
            return title.toUpperCase(Locale.ROOT);
        }
    }

    static final TemplateEngine ENGINE = new TemplateEngine();

    @BeforeAll
    static void install() {
        RecordPropertyAccessor.install();
        ENGINE.setTemplateResolver(new StringTemplateResolver());
    }

    static String render(String template, Object item) {
        return ENGINE.process(template, new Context(Locale.ENGLISH, Map.of("item", item)));
    }

    @Test
    void templatesReadComponentsOfNestedRecordsIncludingPackagePrivateOnes() {
        Item item = new Item("Bridges", new Author("Ann"), List.of("a", "b"));
        assertThat(render("<p th:text=\"${item.title} + ' by ' + ${item.author.name}\"></p>", item))
                .isEqualTo("<p>Bridges by Ann</p>");
        assertThat(render("<i th:each=\"t : ${item.tags}\" th:text=\"${t}\"></i>", item))
                .isEqualTo("<i>a</i><i>b</i>");
    }

    @Test
    void methodsThatAreNotComponentsStillWork() {
        Item item = new Item("Bridges", new Author("Ann"), List.of());
        assertThat(render("<p th:text=\"${item.shout()}\"></p>", item)).isEqualTo("<p>BRIDGES</p>");
    }

    @Test
    void aNullComponentRendersAsNothing() {
        assertThat(render("<p th:text=\"${item.author}\"></p>", new Item("x", null, List.of())))
                .isEqualTo("<p></p>");
    }
}
