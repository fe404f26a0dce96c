package dev.kakehashi.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LenientTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void anIdIsAStringOrAnObjectsIdOrTheFirstOfAnArray() throws Exception {
        assertThat(Lenient.idOf(json("'https://a.example/1'"))).isEqualTo("https://a.example/1");
        assertThat(Lenient.idOf(json("{'id':'https://a.example/2','type':'Person'}")))
                .isEqualTo("https://a.example/2");
        assertThat(Lenient.idOf(json("[{'id':'https://a.example/3'},'https://a.example/4']")))
                .isEqualTo("https://a.example/3");
        assertThat(Lenient.idOf(json("[]"))).isNull();
        assertThat(Lenient.idOf(null)).isNull();
    }

    @Test
    void aLanguageIsTheIsoCodeOfTheFirstContentMapKey() throws Exception {
        assertThat(Lenient.language(json("{'contentMap':{'fr':'<p>Bonjour</p>'}}"), "content"))
                .isEqualTo("fr");
        assertThat(Lenient.language(json("{'contentMap':{'pt-BR':'<p>Oi</p>'}}"), "content"))
                .isEqualTo("pt");
        assertThat(Lenient.language(json("{'content':'<p>Hi</p>'}"), "content")).isNull();
        assertThat(Lenient.language(json("{'contentMap':{'und':'x'}}"), "content"))
                .isNull();
        assertThat(Lenient.language(json("{'contentMap':{'not a tag!':'x'}}"), "content"))
                .isNull();
    }

    @Test
    void anHrefPrefersTheHtmlLinkOfAnArray() throws Exception {
        JsonNode urls = json("[{'type':'Link','mediaType':'image/png','href':'https://a.example/i.png'},"
                + "{'type':'Link','mediaType':'text/html','href':'https://a.example/@x'}]");
        assertThat(Lenient.href(urls)).isEqualTo("https://a.example/@x");
        assertThat(Lenient.href(json("{'type':'Image','url':{'href':'https://a.example/i.png'}}")))
                .isEqualTo("https://a.example/i.png");
        assertThat(Lenient.href(json("'  '"))).isNull();
    }

    @Test
    void textReadsValueObjectsAndLanguageMaps() throws Exception {
        assertThat(Lenient.text(json("{'@value':'hello','@language':'en'}"))).isEqualTo("hello");
        assertThat(Lenient.langString(json("{'summaryMap':{'fr':'bonjour'}}"), "summary"))
                .isEqualTo("bonjour");
        assertThat(Lenient.text(json("42"))).isNull();
    }

    @Test
    void booleansMayArriveAsStrings() throws Exception {
        assertThat(Lenient.bool(json("'true'"), false)).isTrue();
        assertThat(Lenient.bool(json("false"), true)).isFalse();
        assertThat(Lenient.bool(json("null"), true)).isTrue();
    }
}
