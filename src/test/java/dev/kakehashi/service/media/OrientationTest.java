package dev.kakehashi.service.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class OrientationTest {
    /** Where the centre of the stored top-left pixel lands in a 4 x 2 picture. */
    private static Point2D topLeft(int orientation) {
        return Orientation.transform(orientation, 4, 2).transform(new Point2D.Double(0.5, 0.5), null);
    }

    @Test
    void eachOrientationMovesTheTopLeftPixelWhereExifSays() {
        assertThat(topLeft(1)).isEqualTo(new Point2D.Double(0.5, 0.5));
        assertThat(topLeft(2)).isEqualTo(new Point2D.Double(3.5, 0.5));
        assertThat(topLeft(3)).isEqualTo(new Point2D.Double(3.5, 1.5));
        assertThat(topLeft(4)).isEqualTo(new Point2D.Double(0.5, 1.5));
        // The quarter turns land on a 2 x 4 canvas.
        assertThat(topLeft(5)).isEqualTo(new Point2D.Double(0.5, 0.5));
        assertThat(topLeft(6)).isEqualTo(new Point2D.Double(1.5, 0.5));
        assertThat(topLeft(7)).isEqualTo(new Point2D.Double(1.5, 3.5));
        assertThat(topLeft(8)).isEqualTo(new Point2D.Double(0.5, 3.5));
    }

    @Test
    void readsTheTagFromExifAndDefaultsToNormal() {
        assertThat(Orientation.of(TestImages.jpegWithGps(8, 8, 8))).isEqualTo(8);
        assertThat(Orientation.of(TestImages.jpeg(8, 8))).isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.of(new byte[] {1, 2, 3})).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void onlyQuarterTurnsSwapSides() {
        assertThat(Orientation.swapsSides(3)).isFalse();
        assertThat(Orientation.swapsSides(6)).isTrue();
        assertThat(Orientation.swapsSides(8)).isTrue();
    }
}
