package dev.kakehashi.app;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;

/**
 * Makes the WAR's ImageIO readers (TwelveMonkeys JPEG and WebP) known to ImageIO, whose registry is
 * JVM-wide and only scans the system class path by itself, and removes them again on undeploy so the
 * web application's class loader is not kept alive.
 */
final class ImageIoPlugins {
    private ImageIoPlugins() {}

    static void register() {
        ImageIO.scanForPlugins();
    }

    static void deregister() {
        ClassLoader ours = ImageIoPlugins.class.getClassLoader();
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (Class<?> category : List.of(
                javax.imageio.spi.ImageReaderSpi.class,
                javax.imageio.spi.ImageWriterSpi.class,
                javax.imageio.spi.ImageInputStreamSpi.class,
                javax.imageio.spi.ImageOutputStreamSpi.class,
                javax.imageio.spi.ImageTranscoderSpi.class)) {
            List<Object> loadedByUs = new ArrayList<>();
            Iterator<?> providers = registry.getServiceProviders(category, false);
            while (providers.hasNext()) {
                Object provider = providers.next();
                if (provider.getClass().getClassLoader() == ours) {
                    loadedByUs.add(provider);
                }
            }
            loadedByUs.forEach(registry::deregisterServiceProvider);
        }
    }
}
