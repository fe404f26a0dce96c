package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CavageSignatureHeaderTest {
    @Test
    void readsParametersWhateverTheSpacingQuotingAndCase() {
        var header = CavageSignatureHeader.parse(
                " KeyId = \"https://a.example/u#k\" ,algorithm=\"rsa-sha256\",\n created=1402170695,"
                        + "headers=\"(request-target) host\",  signature=\"ab+/=\" ");

        assertThat(header.get("keyid")).contains("https://a.example/u#k");
        assertThat(header.get("algorithm")).contains("rsa-sha256");
        assertThat(header.get("created")).contains("1402170695");
        assertThat(header.get("headers")).contains("(request-target) host");
        assertThat(header.get("signature")).contains("ab+/=");
        assertThat(header.get("expires")).isEmpty();
    }

    @Test
    void keepsCommasAndEscapedQuotesInsideQuotedValues() {
        var header = CavageSignatureHeader.parse("keyId=\"a,b \\\"c\\\"\",signature=\"x\"");
        assertThat(header.get("keyid")).contains("a,b \"c\"");
    }

    @Test
    void refusesBrokenHeaders() {
        for (String bad : new String[] {"keyId", "keyId=\"open", "=\"x\"", "a=\"1\" b=\"2\"", "a=1,a=2"}) {
            assertThatThrownBy(() -> CavageSignatureHeader.parse(bad))
                    .as(bad)
                    .isInstanceOf(SignatureException.class)
                    .hasMessage("malformed signature");
        }
    }
}
