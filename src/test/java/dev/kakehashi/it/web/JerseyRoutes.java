package dev.kakehashi.it.web;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every route of the app, read from Jersey's own resource model ({@link Resource#from}) of each
 * {@code @Path} class in the built WAR: a new resource or method is covered without a change here.
 */
final class JerseyRoutes {
    /** One HTTP method on one path template, with the media types it consumes (empty: any). */
    record Route(String method, String template, List<String> consumes) {}

    private JerseyRoutes() {}

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> c : resourceClasses()) {
            Resource r = Resource.from(c);
            collect(r, "", routes);
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    private static void collect(Resource r, String parent, List<Route> into) {
        String path = join(parent, r.getPath());
        for (ResourceMethod m : r.getResourceMethods()) {
            into.add(new Route(
                    m.getHttpMethod(),
                    path,
                    m.getConsumedTypes().stream().map(Object::toString).toList()));
        }
        for (Resource child : r.getChildResources()) {
            collect(child, path, into);
        }
    }

    private static String join(String parent, String path) {
        String p = path == null ? "" : path;
        String joined = (parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent)
                + (p.isEmpty() || p.startsWith("/") ? p : "/" + p);
        return joined.isEmpty() ? "/" : joined;
    }

    /** The WAR's classes (the exploded build the server runs) annotated with {@code @Path}. */
    private static List<Class<?>> resourceClasses() {
        var root =
                java.nio.file.Path.of(System.getProperty("kakehashi.it.war", "target/kakehashi"), "WEB-INF", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(JerseyRoutes::load)
                    .filter(c -> c != null && c.isAnnotationPresent(Path.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JerseyRoutes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The template with each {@code {name}} or {@code {name: regex}} replaced by {@code value}. */
    static String fill(String template, String value) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char ch : template.toCharArray()) {
            if (ch == '{') {
                if (depth++ == 0) {
                    out.append(value);
                }
            } else if (ch == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
