package dev.kakehashi.service.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AvFormatTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void recognisesRecordingsFromTheirFirstBytes() {
        assertThat(AvFormat.sniff(ascii("RIFF\0\0\0\0WAVEfmt "))).hasValue(AvFormat.WAV);
        assertThat(AvFormat.sniff(ascii("ID3\4\0\0\0\0"))).hasValue(AvFormat.MP3);
        assertThat(AvFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0}))
                .hasValue(AvFormat.MP3);
        assertThat(AvFormat.sniff(ascii("OggS\0\2"))).hasValue(AvFormat.OGG);
        assertThat(AvFormat.sniff(ascii("fLaC\0\0"))).hasValue(AvFormat.FLAC);
        assertThat(AvFormat.sniff(ascii("\0\0\0\u0020ftypisom\0\0"))).hasValue(AvFormat.MP4);
        assertThat(AvFormat.sniff(ascii("\0\0\0\u0020ftypM4A \0\0"))).hasValue(AvFormat.M4A);
        assertThat(AvFormat.sniff(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1}))
                .hasValue(AvFormat.WEBM);
    }

    @Test
    void anythingElseIsNoRecordingWhateverItIsCalled() {
        assertThat(AvFormat.sniff(ascii("RIFF\0\0\0\0AVI LIST"))).isEmpty();
        assertThat(AvFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEmpty();
        assertThat(AvFormat.sniff(ascii("<html><audio>"))).isEmpty();
        assertThat(AvFormat.sniff(new byte[0])).isEmpty();
        assertThat(AvFormat.sniff(ascii("ftyp"))).isEmpty();
    }

    @Test
    void recognisesTheFinerTypesTikaNamesAsTheirFamily() {
        byte[] vorbis = ascii("OggS\0\2\0\0\0\0\0\0\0\0\1\0\0\0\0\0\0\0\0\0\0\0\1\u001e\u0001vorbis\0\0\0\0");
        assertThat(AvFormat.sniff(vorbis)).hasValue(AvFormat.OGG);
        assertThat(AvFormat.sniff(ascii("\0\0\0\u0018ftypmp42\0\0\0\0mp42isom")))
                .hasValue(AvFormat.MP4);
        assertThat(
                        AvFormat.sniff(
                                ascii(
                                        "\u001aE\u00df\u00a3\u009fB\u0086\u0081\u0001B\u00f7\u0081\u0001B\u00f2\u0081\u0004B\u00f3\u0081\u0008B\u0082\u0084webm")))
                .hasValue(AvFormat.WEBM);
    }
}
