package dev.kakehashi.it;

import dev.kakehashi.mastodon.auth.RequiresScope;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.model.Parameter;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every route of the app's resources under a path prefix, as Jersey's resource model builds them
 * from the classes' {@code @Path} and method annotations: Jersey scans the app's packages, so a new
 * resource is listed without anyone keeping a list.
 */
public final class ApiRoutes {
    private static final Pattern PARAM =
            Pattern.compile("\\{\\s*([A-Za-z0-9_]+)\\s*(?::\\s*([^{}]*(?:\\{[^}]*\\}[^{}]*)*))?\\}");
    /** The parameters that name a record, so an unknown value is Mastodon's 404 "Record not found". */
    private static final List<String> RECORD_PARAMS = List.of("id", "groupKey");

    /**
     * One route: HTTP method, path template ({@code /api/v1/statuses/{id}}), the scopes its
     * {@code @RequiresScope} asks for (empty when public) and whether it reads a request body.
     */
    public record Route(String method, String template, List<String> scopes, boolean readsBody, Method handler) {
        public boolean isPublic() {
            return scopes.isEmpty();
        }

        public List<String> params() {
            List<String> names = new ArrayList<>();
            Matcher m = PARAM.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** Whether a parameter of the path names a record ({@code {id}}, {@code {groupKey}}). */
        public boolean namesRecord() {
            return params().stream().anyMatch(RECORD_PARAMS::contains);
        }

        /**
         * The path with {@code id} for each record parameter, the first choice of a parameter with
         * a pattern ({@code {kind: tags|statuses}}), and a plain word for the others ({@code {name}}).
         */
        public String with(String id) {
            Matcher m = PARAM.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = RECORD_PARAMS.contains(m.group(1))
                        ? id
                        : m.group(2) == null
                                ? "sweep"
                                : m.group(2).split("\\|")[0].strip();
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private ApiRoutes() {}

    /** The routes of every resource in {@code dev.kakehashi} whose path starts with one of {@code prefixes}. */
    public static List<Route> under(String... prefixes) {
        ResourceConfig scanned = new ResourceConfig().packages(true, "dev.kakehashi");
        List<Route> routes = new ArrayList<>();
        for (Class<?> c : scanned.getClasses()) {
            if (!c.isAnnotationPresent(Path.class)) {
                continue;
            }
            Resource resource = Resource.from(c);
            collect(resource, "", routes);
        }
        routes.removeIf(r -> {
            for (String p : prefixes) {
                if (r.template().startsWith(p)) {
                    return false;
                }
            }
            return true;
        });
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    private static void collect(Resource resource, String parent, List<Route> into) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod m : resource.getResourceMethods()) {
            Method handler = m.getInvocable().getDefinitionMethod();
            RequiresScope scope = handler.getAnnotation(RequiresScope.class);
            if (scope == null) {
                scope = handler.getDeclaringClass().getAnnotation(RequiresScope.class);
            }
            boolean body = m.getInvocable().getParameters().stream()
                    .anyMatch(p -> p.getSource() == Parameter.Source.ENTITY || p.getSource() == Parameter.Source.FORM);
            into.add(new Route(
                    m.getHttpMethod(), path, scope == null ? List.of() : List.of(scope.value()), body, handler));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, into);
        }
    }

    private static String join(String parent, String part) {
        if (part == null || part.isEmpty() || part.equals("/")) {
            return parent.isEmpty() ? "/" : parent;
        }
        String p = part.startsWith("/") ? part : "/" + part;
        String joined = (parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent) + p;
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
