package dev.kakehashi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The biggest libraries of the WAR (Hibernate, Jersey with HK2, Jackson), loaded once for a dozen
 * embedded servers of a test JVM, so their classes are loaded, verified and compiled once instead
 * of at every server start. The jars are the WAR's own (WEB-INF/lib). Everything else
 * is the test class path's, as before, except Kakehashi's own classes: those this loader never
 * finds, so a library that looks one of them up by name (Hibernate, an entity) gets the web
 * application's copy, as in a real Tomcat where the libraries sit in its lib folder.
 */
final class SharedLibraries extends URLClassLoader {
    /** Package prefixes this loader defines from the WAR's jars, with a dot at the end. */
    static final List<String> PACKAGES = List.of(
            // Hibernate and what its API and mappings use.
            "org.hibernate.",
            "org.jboss.logging.",
            "org.antlr.v4.runtime.",
            "com.fasterxml.classmate.",
            "jakarta.persistence.",
            "jakarta.transaction.",
            // Jersey, HK2 and the JSON they read and write.
            "org.glassfish.jersey.",
            "org.glassfish.hk2.",
            "org.jvnet.hk2.",
            "org.jvnet.mimepull.",
            "org.aopalliance.",
            "javassist.",
            "jakarta.ws.rs.",
            "jakarta.inject.",
            "com.fasterxml.jackson.");

    /** The WAR's jars that hold those packages, by file name start. */
    private static final List<String> JARS = List.of(
            "hibernate-",
            "jboss-logging-",
            "antlr4-runtime-",
            "classmate-",
            "jakarta.persistence-api-",
            "jakarta.transaction-api-",
            "jersey-",
            "hk2-",
            "mimepull-",
            "aopalliance-repackaged-",
            "javassist-",
            "jakarta.ws.rs-api-",
            "jakarta.inject-api-",
            "jackson-");

    private static final String OWN = "dev.kakehashi.";

    /**
     * Servers one loader serves before the next start gets a new one. A library's static cache may
     * keep a stopped server's classes; with a new loader, the old one and all it kept can go.
     */
    private static final int SERVERS_PER_LOADER = 12;

    private static SharedLibraries instance;
    private static int served;

    private final Set<String> jarNames;

    static {
        registerAsParallelCapable();
    }

    private SharedLibraries(List<Path> jars, ClassLoader parent) {
        super(urls(jars), parent);
        this.jarNames = jars.stream().map(j -> j.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
    }

    /** This JVM's loader over the exploded WAR's jars, made on first use and renewed now and then. */
    static synchronized SharedLibraries of(Path war) {
        if (instance == null || served == SERVERS_PER_LOADER) {
            served = 0;
            try (Stream<Path> lib = Files.list(war.resolve("WEB-INF").resolve("lib"))) {
                List<Path> jars = lib.filter(
                                j -> JARS.stream().anyMatch(j.getFileName().toString()::startsWith))
                        .sorted()
                        .toList();
                instance = new SharedLibraries(jars, KakehashiServer.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        served++;
        return instance;
    }

    static boolean shared(String className) {
        for (String prefix : PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(OWN)) {
            throw new ClassNotFoundException(name);
        }
        if (!shared(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                // From the WAR's jar, never the test class path's copy of the same jar.
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        if (ownPath(name)) {
            return null;
        }
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    /** The WAR's jars' copies, then the class path's, without the class path's copies of the same jars. */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (ownPath(name)) {
            return Collections.emptyEnumeration();
        }
        List<URL> found = new ArrayList<>(Collections.list(findResources(name)));
        for (URL url : Collections.list(getParent().getResources(name))) {
            if (!jarNames.contains(jarName(url))) {
                found.add(url);
            }
        }
        return Collections.enumeration(found);
    }

    private static boolean ownPath(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        return path.replace('/', '.').startsWith(OWN);
    }

    private static String jarName(URL url) {
        String s = url.toString();
        int bang = s.indexOf("!/");
        if (!s.startsWith("jar:") || bang < 0) {
            return "";
        }
        return s.substring(s.lastIndexOf('/', bang) + 1, bang);
    }

    private static URL[] urls(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return urls;
    }
}
