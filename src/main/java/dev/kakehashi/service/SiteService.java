package dev.kakehashi.service;

import dev.kakehashi.plugin.PluginSetting;
import dev.kakehashi.service.plugin.PluginRegistry;
import dev.kakehashi.store.Transactions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and changes the blog-wide {@link SiteSettings}. */
public final class SiteService {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private static final String MOVED_TO = "federation.moved_to";
    private static final String MOVED_AT = "federation.moved_at";

    private final Transactions tx;
    private final SiteSettingsCache settings;
    private final Predicate<String> themeExists;
    private volatile Snapshot cached;

    /** The settings made from one cached map: rebuilt only when the cache hands out another map. */
    private record Snapshot(Map<String, String> from, SiteSettings settings) {}

    public SiteService(Transactions tx, SiteSettingsCache settings, Predicate<String> themeExists) {
        this.tx = tx;
        this.settings = settings;
        this.themeExists = themeExists;
    }

    /** The settings as stored (see {@link SiteSettingsCache} for how fresh). */
    public SiteSettings current() {
        Map<String, String> v = settings.all();
        Snapshot s = cached;
        if (s != null && s.from() == v) {
            return s.settings();
        }
        SiteSettings fresh = read(v);
        cached = new Snapshot(v, fresh);
        return fresh;
    }

    private SiteSettings read(Map<String, String> v) {
        String theme = v.getOrDefault("theme", "default");
        return new SiteSettings(
                v.getOrDefault("title", "Kakehashi"),
                v.getOrDefault("description", ""),
                v.getOrDefault("language", "en"),
                themeExists.test(theme) ? theme : "default",
                Arrays.stream(v.getOrDefault("plugins.disabled", "").split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Changes title, description, language and theme; checks everything before storing anything. */
    public SiteSettings update(String title, String description, String language, String theme) {
        Validator v = new Validator();
        String t = v.text("title", "Blog title", title, true, SiteSettings.TITLE_MAX);
        String d = v.text("description", "Description", description, false, SiteSettings.DESCRIPTION_MAX);
        String lang = v.text("language", "Language", language, true, 20);
        if (!v.hasErrorFor("language")) {
            v.check(LANGUAGE.matcher(lang).matches(), "language", "Language must be a code such as en or ja");
        }
        String th = theme == null ? "" : theme.strip();
        v.check(themeExists.test(th), "theme", "There is no theme named " + th);
        v.throwIfInvalid();
        tx.run(() -> {
            settings.put("title", t);
            settings.put("description", d);
            settings.put("language", lang.toLowerCase(Locale.ROOT));
            settings.put("theme", th);
        });
        return current();
    }

    public void setTitle(String title) {
        Validator v = new Validator();
        String t = v.text("title", "Blog title", title, true, SiteSettings.TITLE_MAX);
        v.throwIfInvalid();
        tx.run(() -> {
            settings.put("title", t);
        });
    }

    /** The actor mode, blog handle and article format; defaults until an admin changes them. */
    public FederationSettings federation() {
        Map<String, String> v = settings.all();
        return new FederationSettings(
                parse(
                        FederationSettings.ActorMode.class,
                        v.get("federation.actor_mode"),
                        FederationSettings.ActorMode.BOTH),
                v.getOrDefault("federation.blog_handle", FederationSettings.DEFAULT_BLOG_HANDLE),
                parse(
                        FederationSettings.ArticleFormat.class,
                        v.get("federation.article_format"),
                        FederationSettings.ArticleFormat.NOTE));
    }

    /** True when follow requests to the blog's actors wait for approval in the admin. */
    public boolean approvesFollowersManually() {
        return "true".equals(settings.all().get("federation.approve_followers"));
    }

    /** Turns manual approval of followers on or off; requests already waiting stay waiting. */
    public void setApprovesFollowersManually(boolean manual) {
        tx.run(() -> settings.put("federation.approve_followers", Boolean.toString(manual)));
    }

    /**
     * Changes how the blog federates. The handle must follow Mastodon's username format and must not
     * be an author's username; everything is checked before anything is stored.
     *
     * @param usernameTaken tells whether an author already has this username
     */
    public FederationSettings updateFederation(
            String actorMode, String blogHandle, String articleFormat, Predicate<String> usernameTaken) {
        Validator v = new Validator();
        FederationSettings.ActorMode mode = parse(FederationSettings.ActorMode.class, actorMode, null);
        v.check(mode != null, "actorMode", "Choose blog, authors or both");
        FederationSettings.ArticleFormat format = parse(FederationSettings.ArticleFormat.class, articleFormat, null);
        v.check(format != null, "articleFormat", "Choose note or article");
        String handle = v.text("blogHandle", "Blog handle", blogHandle, true, AccountService.USERNAME_MAX);
        if (!v.hasErrorFor("blogHandle")) {
            v.check(
                    AccountService.USERNAME.matcher(handle).matches(),
                    "blogHandle",
                    "The handle may use letters, digits, _ . and - (not first or last)");
        }
        String h = handle.toLowerCase(Locale.ROOT);
        if (!v.hasErrorFor("blogHandle")) {
            v.check(!usernameTaken.test(h), "blogHandle", "An author already has this username");
        }
        v.throwIfInvalid();
        tx.run(() -> {
            settings.put("federation.actor_mode", mode.name());
            settings.put("federation.blog_handle", h);
            settings.put("federation.article_format", format.name());
        });
        return federation();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, E fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Which comments wait for approval; the default until an admin chooses. */
    public CommentPolicy commentPolicy() {
        return parse(CommentPolicy.class, settings.all().get("comments.policy"), CommentPolicy.DEFAULT);
    }

    /** Changes the comment setting; comments already stored keep their status. */
    public CommentPolicy setCommentPolicy(String policy) {
        CommentPolicy p = checkCommentPolicy(policy);
        tx.run(() -> settings.put("comments.policy", p.name()));
        return p;
    }

    /** The comment setting {@code policy} names, or a field error on {@code policy}; nothing is saved. */
    public CommentPolicy checkCommentPolicy(String policy) {
        CommentPolicy p = parse(CommentPolicy.class, policy, null);
        Validator v = new Validator();
        v.check(p != null, "policy", "Choose when comments are published");
        v.throwIfInvalid();
        return p;
    }

    /** The values saved for one plugin's own settings, by key. */
    public Map<String, String> pluginSettings(String pluginId) {
        String prefix = PluginRegistry.settingName(pluginId, "");
        Map<String, String> values = new HashMap<>();
        settings.all().forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                values.put(name.substring(prefix.length()), value);
            }
        });
        return values;
    }

    /**
     * Saves a plugin's settings after checking each against its declaration; nothing is stored when
     * one is wrong. Keys the plugin did not declare are ignored.
     */
    public void setPluginSettings(String pluginId, List<PluginSetting> declared, Map<String, String> values) {
        Validator v = new Validator();
        Map<String, String> clean = new LinkedHashMap<>();
        for (PluginSetting s : declared) {
            String raw = values.getOrDefault(s.key(), "");
            String value = v.text(s.key(), s.label(), raw, false, PluginSetting.MAX_LENGTH);
            if (s.type() == PluginSetting.Type.INTEGER && !v.hasErrorFor(s.key())) {
                Long n = parseLong(value);
                v.check(
                        n != null && n >= s.min() && n <= s.max(),
                        s.key(),
                        s.label() + " must be a whole number from " + s.min() + " to " + s.max());
            }
            if (s.type() == PluginSetting.Type.TEXT && !v.hasErrorFor(s.key())) {
                v.check(value.lines().count() <= 1, s.key(), s.label() + " must be one line");
            }
            clean.put(PluginRegistry.settingName(pluginId, s.key()), value);
        }
        v.throwIfInvalid();
        tx.run(() -> clean.forEach(settings::put));
    }

    private static Long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The actor URLs of the blog's former accounts elsewhere, for its {@code alsoKnownAs}. */
    public java.util.List<String> blogAlsoKnownAs() {
        String v = settings.all().get("federation.also_known_as");
        return v == null || v.isBlank() ? java.util.List.of() : java.util.List.of(v.split("\n"));
    }

    /** Replaces the blog's former accounts (already checked by {@link AliasService}). */
    public void setBlogAlsoKnownAs(java.util.List<String> urls) {
        tx.run(() -> settings.put("federation.also_known_as", String.join("\n", urls)));
    }

    /** The blog actor's new account (movedTo) when the blog moved out, else null. */
    public String blogMovedTo() {
        String v = settings.all().get(MOVED_TO);
        return v == null || v.isBlank() ? null : v;
    }

    /** When the blog actor last moved out, else null; kept when it stays after all. */
    public java.time.Instant blogMovedAt() {
        String v = settings.all().get(MOVED_AT);
        return v == null || v.isBlank() ? null : java.time.Instant.parse(v);
    }

    /** Records the blog actor's new account, or takes the move back ({@code null}). */
    public void setBlogMovedTo(String actorUrl, java.time.Instant now) {
        tx.run(() -> {
            settings.put(MOVED_TO, actorUrl == null ? "" : actorUrl);
            if (actorUrl != null) {
                settings.put(MOVED_AT, now.toString());
            }
        });
    }

    public void setDisabledPlugins(Set<String> ids) {
        tx.run(() -> {
            settings.put("plugins.disabled", String.join(",", ids));
        });
    }
}
