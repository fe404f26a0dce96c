package dev.kakehashi.service.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (SHA-1 key "12345678901234567890"), cut to the 6 digits apps show. */
class TotpCodesTest {
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private final TotpCodes totp = new TotpCodes();

    @Test
    void codesMatchTheRfcTestVectors() {
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }

    @Test
    void aCodeOneStepEarlyOrLateIsAcceptedAndTwoStepsOffIsNot() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = 1234567890 / 30;
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now.minusSeconds(30)), now))
                .hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now.plusSeconds(30)), now))
                .hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now.plusSeconds(60)), now))
                .isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
    }

    @Test
    void aNewSecretIsThirtyTwoBase32CharactersAndTheUriCarriesIt() {
        String secret = totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(totp.uri("My Blog", "hana", secret))
                .isEqualTo("otpauth://totp/My%20Blog:hana?secret=" + secret
                        + "&issuer=My%20Blog&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTenDistinctAndTypedBackInAnyCaseWithOrWithoutDashes() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes.get(0)).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        String typed = codes.get(0).replace("-", " ").toLowerCase();
        assertThat(RecoveryCodes.looksLikeOne(typed)).isTrue();
        assertThat(RecoveryCodes.hash(typed)).isEqualTo(RecoveryCodes.hash(codes.get(0)));
    }
}
