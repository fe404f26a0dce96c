package dev.kakehashi.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.RawHttp;
import dev.kakehashi.it.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's hostile-input suite: every route of the Jersey model (see {@link JerseyRoutes}), plus
 * the servlets beside it, gets garbage path and query values, odd methods, missing and wrong
 * content types, huge and deeply nested bodies and bad {@code Accept} headers, anonymously and as a
 * logged-in admin with a valid CSRF token. No answer may be a 5xx, show a trace or the server's
 * version, or lack the security headers; and no refused request may leave a row behind.
 */
class HostileInputIT {
    private static final List<String> GARBAGE_SEGMENTS =
            List.of("99999999999999999999", "%27%22%3Cscript%3E%E2%80%AE", "%zz", "..%2F..%2Fetc");
    /**
     * Tomcat refuses these in a path (broken escape, encoded slash) before the app sees the request,
     * so they carry only what Tomcat's Host sends (see docs/security.md), never the app's headers.
     */
    private static final java.util.regex.Pattern REFUSED_BY_TOMCAT =
            java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})|%2[Ff]|%00|[^\\x21-\\x7e]");

    private static final String GARBAGE_QUERY =
            "?page=-1&id=%27%3B--&next=%09%0D%0Ax&resource=%&kind=%00&limit=1e309&max_id=x&_csrf=";
    private static final List<String> ODD_METHODS = List.of("PUT", "PATCH", "TRACE", "PROPFIND");
    private static final List<String> BAD_ACCEPTS =
            List.of("application/x-nonsense", "text/html;q=garbage", ";;;,,/", "*/*;q=0");
    /** Tables a refused request must not add to (login failures are counted on purpose, sessions by logins). */
    private static final List<String> KEY_TABLES = List.of(
            "account",
            "post",
            "media",
            "post_comment",
            "follower",
            "following",
            "remote_actor",
            "remote_post",
            "inbox_activity",
            "outbox_activity",
            "delivery",
            "reaction",
            "notification",
            "moderation_block",
            "moderation_report");

    static KakehashiServer server;
    static LiveTables tables;
    static String csrf;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Hostile IT", "keeper", "keeper-password-1");
        csrf = admin.get("/admin/settings").csrf();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noRouteAnswersHostileInputWithA5xxATraceOrWithoutTheSecurityHeadersAndNothingIsStored() {
        List<JerseyRoutes.Route> routes = JerseyRoutes.all();
        assertThat(routes).as("routes found in the Jersey model").hasSizeGreaterThan(40);
        Map<String, Long> before = counts();
        List<String> problems = new ArrayList<>();
        String cookie = sessionCookie();
        int sent = 0;
        Set<String> paths = new LinkedHashSet<>();
        for (var route : routes) {
            paths.add(JerseyRoutes.fill(route.template(), "-1"));
        }
        for (var route : routes) {
            if (route.template().equals("/logout")
                    || route.template().equals("/admin/profile/security/sessions/others")) {
                continue; // as the admin it would end the session the rest of the suite uses
            }
            for (String segment : GARBAGE_SEGMENTS) {
                String target = JerseyRoutes.fill(route.template(), segment) + GARBAGE_QUERY;
                for (String who : List.of("anonymous", "admin")) {
                    Map<String, String> headers = headers(who, cookie);
                    sent += check(problems, route.method(), target, headers, bodyFor(route), who);
                }
            }
            String plain = JerseyRoutes.fill(route.template(), "1");
            Map<String, String> adminHeaders = headers("admin", cookie);
            if (!route.method().equals("GET") && !route.method().equals("HEAD")) {
                // Missing and wrong content types, huge and deeply nested bodies.
                Map<String, String> none = new LinkedHashMap<>(adminHeaders);
                none.remove("Content-Type");
                sent += check(problems, route.method(), plain, none, "a=b".getBytes(StandardCharsets.UTF_8), "no type");
                for (String type :
                        List.of("application/xml", "application/json", "multipart/form-data", "text/plain")) {
                    Map<String, String> wrong = new LinkedHashMap<>(adminHeaders);
                    wrong.put("Content-Type", type);
                    sent += check(
                            problems,
                            route.method(),
                            plain,
                            wrong,
                            "{\"a\":[1,2".getBytes(StandardCharsets.UTF_8),
                            type);
                }
                Map<String, String> json = new LinkedHashMap<>(adminHeaders);
                json.put("Content-Type", "application/json");
                sent += check(problems, route.method(), plain, json, deepJson(), "deep json");
                sent += check(problems, route.method(), plain, adminHeaders, deepForm(), "many fields");
                sent += check(problems, route.method(), plain, adminHeaders, hugeForm(), "huge form");
            }
            for (String accept : BAD_ACCEPTS) {
                Map<String, String> h = new LinkedHashMap<>(adminHeaders);
                h.put("Accept", accept);
                sent += check(problems, route.method(), plain, h, bodyFor(route), "accept " + accept);
            }
        }
        for (String path : paths) {
            for (String method : ODD_METHODS) {
                sent += check(problems, method, path, headers("admin", cookie), null, "odd method");
            }
        }
        for (String target : List.of(
                "/media/%zz",
                "/media/../WEB-INF/web.xml",
                "/theme/x/%00",
                "/assets/%2e%2e/x",
                "/metrics?x=%",
                "/inbox",
                "/actors/%zz/inbox",
                "/%",
                "/%2F%2F",
                "/\u00e9")) {
            for (String method : List.of("GET", "POST", "PROPFIND")) {
                sent += check(
                        problems,
                        method,
                        target,
                        headers("anonymous", null),
                        "{".getBytes(StandardCharsets.UTF_8),
                        "servlet");
            }
        }
        assertThat(problems).as("of %d requests", sent).isEmpty();
        assertThat(admin.get("/admin").status())
                .as("the admin's session survived")
                .isEqualTo(200);
        assertThat(counts()).as("rows in key tables").isEqualTo(before);
    }

    private static int check(
            List<String> problems,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            String what) {
        WebClient.Page page = RawHttp.send(server.baseUrl(), method, target, headers, body);
        String where = method + " " + target + " (" + what + "): " + page.status();
        if (page.status() >= 500 || page.status() < 100) {
            problems.add(where + " " + abbreviate(page.body()));
        }
        String lower = page.body().toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("tomcat")
                || lower.contains("exception")
                || lower.contains("\tat ")
                || lower.contains("at org.")) {
            problems.add(where + " shows a trace or the server: " + abbreviate(page.body()));
        }
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        boolean fromTomcat =
                page.status() == 400 && REFUSED_BY_TOMCAT.matcher(path).find();
        if (!fromTomcat
                && (page.header("Content-Security-Policy") == null
                        || !"nosniff".equals(page.header("X-Content-Type-Options"))
                        || page.header("X-Frame-Options") == null
                        || page.header("Referrer-Policy") == null)) {
            problems.add(where + " lacks security headers: " + page.headers().keySet());
        }
        return 1;
    }

    private static Map<String, String> headers(String who, String cookie) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Accept", "text/html");
        h.put("Content-Type", "application/x-www-form-urlencoded");
        if (who.equals("admin")) {
            h.put("Cookie", cookie);
            h.put("X-CSRF-Token", csrf);
        }
        return h;
    }

    private static byte[] bodyFor(JerseyRoutes.Route route) {
        if (route.method().equals("GET") || route.method().equals("HEAD")) {
            return null;
        }
        return ("_csrf=" + csrf + "&title=%00&body=%zz&kind=x&handle=%27%22&username=&password=&id=-1&alt="
                        + "x".repeat(3000))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepJson() {
        return ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepForm() {
        StringBuilder s = new StringBuilder("_csrf=" + csrf);
        for (int i = 0; i < 10_000; i++) {
            s.append("&a[").append(i).append("][b][c]=%5B%5B");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hugeForm() {
        return ("_csrf=" + csrf + "&body=" + "%E6%9E%B6".repeat(400_000)).getBytes(StandardCharsets.UTF_8);
    }

    private static String sessionCookie() {
        // The admin's WebClient keeps the cookie; log in again as a browser would (the login form's
        // CSRF cookie and field first) and take the session cookie the server sets.
        var form = RawHttp.send(server.baseUrl(), "GET", "/login", Map.of(), null);
        String loginCsrf = cookieNamed(form, "kakehashi_login_csrf");
        var login = RawHttp.send(
                server.baseUrl(),
                "POST",
                "/login",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", loginCsrf),
                ("username=keeper&password=keeper-password-1&_csrf="
                                + java.net.URLEncoder.encode(form.csrf(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        String cookie = cookieNamed(login, "kakehashi_session");
        var settings = RawHttp.send(server.baseUrl(), "GET", "/admin/settings", Map.of("Cookie", cookie), null);
        csrf = settings.csrf();
        return cookie;
    }

    /** {@code name=value} of the cookie {@code name} that the answer sets. */
    private static String cookieNamed(WebClient.Page answer, String name) {
        return answer.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(h -> h.getValue().stream())
                .map(v -> v.split(";", 2)[0])
                .filter(v -> v.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie set: " + answer.headers()));
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : KEY_TABLES) {
            counts.put(t, tables.count("select count(*) from " + t));
        }
        return counts;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
