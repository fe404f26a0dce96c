package dev.kakehashi.store;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One repository per table (issue 8): the SQL that writes a table is written only in the files that
 * own it, and every table the migrations create has its owners here. Another repository may join a
 * table read-only in one statement (docs/architecture.md, "Storage"), never write it. The main
 * sources are read as text: a statement is a string literal that begins with its write, as {@link
 * TableWrites} reads it at run time; an HQL write names its entity, which maps to its table by the
 * entity's {@code @Table}. Quartz's {@code QRTZ_} tables and Flyway's history are theirs, not ours.
 * A change to a loaded entity ({@code post.publish(now)}) is no statement: Hibernate flushes it when
 * the unit of work ends, so the entity's mutators are checked in the compiled classes instead.
 */
class TableOwnersTest {
    /** Table → the files allowed to write it (a repository, and its own batch or companion in store). */
    private static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            entry("account", Set.of("AccountRepository.java")),
            entry("account_field", Set.of("AccountRepository.java")),
            entry("account_endorsement", Set.of("EndorsementRepository.java")),
            entry("account_list", Set.of("ListRepository.java")),
            entry("account_list_member", Set.of("ListRepository.java")),
            entry("account_mute", Set.of("MuteRepository.java")),
            entry("account_note", Set.of("AccountNoteRepository.java")),
            entry("actor_key", Set.of("ActorKeyRepository.java")),
            entry("api_idempotency", Set.of("IdempotencyRepository.java")),
            entry("bookmark", Set.of("BookmarkRepository.java")),
            entry("answer_version", Set.of("AnswerRepository.java")),
            entry("comment_mention", Set.of("AnswerRepository.java")),
            entry("content_filter", Set.of("FilterRepository.java")),
            entry("content_filter_keyword", Set.of("FilterRepository.java")),
            entry("content_filter_status", Set.of("FilterRepository.java")),
            entry("conversation", Set.of("ConversationRepository.java")),
            entry("conversation_member", Set.of("ConversationRepository.java")),
            entry("conversation_status", Set.of("ConversationRepository.java")),
            entry("delivery", Set.of("DeliveryRepository.java")),
            entry("email_preference", Set.of("EmailPreferenceRepository.java")),
            entry("feed_reader", Set.of("FeedReaderRepository.java")),
            entry("followed_tag", Set.of("TagRepository.java")),
            entry("follower", Set.of("FollowerRepository.java")),
            entry("following", Set.of("FollowingRepository.java")),
            // Written once by the move from an old H2 database, before any repository runs.
            entry("h2_move", Set.of("H2Move.java")),
            entry("inbox_activity", Set.of("InboxRepository.java")),
            entry("known_device", Set.of("KnownDeviceRepository.java")),
            entry("login_failure", Set.of("LoginFailureRepository.java")),
            entry("marker", Set.of("MarkerRepository.java")),
            entry("media", Set.of("MediaRepository.java")),
            entry("moderation_block", Set.of("BlockRepository.java")),
            entry("moderation_report", Set.of("ReportRepository.java")),
            entry("notification", Set.of("NotificationRepository.java")),
            entry("notification_email", Set.of("NotificationMailRepository.java")),
            entry("oauth_app", Set.of("OAuthAppRepository.java")),
            entry("oauth_code", Set.of("OAuthCodeRepository.java")),
            entry("oauth_token", Set.of("OAuthTokenRepository.java")),
            entry("outbound_reaction", Set.of("OutboundReactionRepository.java")),
            entry("outbox_activity", Set.of("OutboxRepository.java")),
            entry("passkey", Set.of("PasskeyRepository.java")),
            entry("passkey_challenge", Set.of("PasskeyChallengeRepository.java")),
            entry("password_reset", Set.of("PasswordResetRepository.java")),
            entry("poll", Set.of("PollRepository.java")),
            entry("poll_option", Set.of("PollRepository.java")),
            entry("poll_vote", Set.of("PollRepository.java")),
            entry("post", Set.of("PostRepository.java")),
            entry("post_comment", Set.of("CommentRepository.java", "CommentBatch.java", "CommentsByActor.java")),
            entry("post_edit", Set.of("PostEditRepository.java")),
            entry("post_media", Set.of("PostRepository.java")),
            entry("post_mention", Set.of("PostRepository.java")),
            entry("post_pin", Set.of("PinRepository.java")),
            entry("post_tag", Set.of("PostRepository.java")),
            entry("quote_authorization", Set.of("QuoteAuthorizationRepository.java")),
            entry("reaction", Set.of("ReactionRepository.java")),
            entry("recovery_code", Set.of("SecondFactorRepository.java")),
            entry("remote_actor", Set.of("RemoteActorRepository.java")),
            entry("remote_boost", Set.of("RemoteBoostRepository.java")),
            entry("remote_featured", Set.of("RemotePinRepository.java")),
            entry("remote_host", Set.of("RemoteHostRepository.java")),
            entry("remote_pin", Set.of("RemotePinRepository.java")),
            entry("remote_post", Set.of("RemotePostRepository.java")),
            entry("remote_post_audience", Set.of("RemotePostRepository.java")),
            entry("remote_post_media", Set.of("RemoteMediaRepository.java")),
            entry("remote_post_mention", Set.of("RemotePostTagRepository.java")),
            entry("remote_post_tag", Set.of("RemotePostTagRepository.java")),
            entry("remote_post_version", Set.of("RemotePostRepository.java")),
            entry("second_factor_failure", Set.of("SecondFactorRepository.java")),
            entry("site_page", Set.of("SitePageRepository.java")),
            entry("site_setting", Set.of("SiteSettingRepository.java")),
            entry("status_mute", Set.of("ThreadMuteRepository.java")),
            entry("totp_secret", Set.of("SecondFactorRepository.java")),
            entry("web_session", Set.of("SessionRepository.java")),
            entry("wp_import", Set.of("WpImportRepository.java")),
            entry("wp_import_map", Set.of("WpImportRepository.java")),
            entry("wp_import_media", Set.of("WpUploadRepository.java")));

    /**
     * Table → the services that change its entities once loaded, besides its owners: an entity's
     * mutators (its methods that set a field or return nothing) are its table's API, and Hibernate writes
     * what they change, so only these and the owning repository call them.
     */
    private static final Map<String, Set<String>> ENTITY_CHANGERS = Map.ofEntries(
            entry(
                    "account",
                    Set.of(
                            "AccountService",
                            "ProfileService",
                            "AliasService",
                            "MoveOutService",
                            "PasswordResetService")),
            // A post taking an app's upload marks it attached (Post.apply), so the day-old clean-up keeps it;
            // MediaProcessing stores an app's v2 upload as processing, with its alt text and focal point.
            entry("media", Set.of("MediaService", "MediaProcessing", "Post")),
            entry("passkey", Set.of("PasskeyService")),
            // PostRendering stamps the rendered HTML; the WordPress import writes and publishes its posts.
            entry("post", Set.of("PostService", "PostRendering", "QuoteService", "WpPostImporter")),
            entry("recovery_code", Set.of()),
            entry("remote_actor", Set.of("RemoteActorCache")),
            entry("totp_secret", Set.of("TwoFactorService")),
            entry("web_session", Set.of("SecondStepService", "PasskeyService")));

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("migrations");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?\"?([a-z_][a-z0-9_]*)");
    private static final Pattern ENTITY_TABLE = Pattern.compile(
            "@Table\\(name\\s*=\\s*\"([a-z_0-9]+)\"[^)]*\\)\\s*public\\s+(?:final\\s+)?class\\s+(\\w+)");
    /** A Hibernate entity written through the session rather than by a statement. */
    private static final Pattern ENTITY_WRITE = Pattern.compile("session\\(\\)\\s*\\.\\s*(?:persist|merge|remove)\\(");

    @Test
    void onlyItsOwnersWriteATable() throws IOException {
        Map<String, String> entities = entityTables();
        List<String> strays = new ArrayList<>();
        for (Path f : mainSources()) {
            strays.addAll(strayWrites(f.getFileName().toString(), read(f), entities));
        }
        assertThat(strays).as("writes of a table outside the files that own it").isEmpty();
    }

    @Test
    void everyTableTheMigrationsCreateHasItsOwners() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(read(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        created.removeIf(t -> t.startsWith("qrtz_"));
        assertThat(created).as("the tables the migrations create").contains("post_comment", "delivery");
        assertThat(new TreeSet<>(OWNERS.keySet())).isEqualTo(created);
    }

    @Test
    void everyOwnerIsAFileOfTheMainSources() throws IOException {
        Set<String> names =
                mainSources().stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        Set<String> missing = OWNERS.values().stream()
                .flatMap(Set::stream)
                .filter(owner -> !names.contains(owner))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("owners that are no file of the main sources").isEmpty();
    }

    @Test
    void onlyOwnersOfAnEntitysTableWriteEntitiesThroughTheSession() throws IOException {
        Set<String> entityOwners = entityTables().values().stream()
                .flatMap(t -> OWNERS.getOrDefault(t, Set.of()).stream())
                .collect(Collectors.toSet());
        List<String> writers = new ArrayList<>();
        for (Path f : mainSources()) {
            if (ENTITY_WRITE.matcher(read(f)).find()) {
                writers.add(f.getFileName().toString());
            }
        }
        writers.removeAll(entityOwners);
        assertThat(writers)
                .as("files writing entities that own no entity's table")
                .isEmpty();
    }

    @Test
    void onlyOwnersAndTheServicesNamedChangeALoadedEntity() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kakehashi");
        assertThat(strayEntityChanges(main, OWNERS, ENTITY_CHANGERS))
                .as("changes to a loaded entity outside its table's owners and the services named for it")
                .isEmpty();
    }

    @Test
    void everyEntityHasItsChangersNamed() throws IOException {
        assertThat(ENTITY_CHANGERS.keySet())
                .isEqualTo(new HashSet<>(entityTables().values()));
    }

    @Test
    void aPageChangingALoadedEntityIsFoundButItsOwnerAndItsServiceMayAndReadingIsFine() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.kakehashi.store.fixture.entitychanges");
        assertThat(strayEntityChanges(
                        fixture, Map.of("note", Set.of("NoteRepository.java")), Map.of("note", Set.of("NoteService"))))
                .containsExactly("NotePage calls Note.publish", "NotePage calls Note.tag");
        assertThat(strayEntityChanges(fixture, Map.of("note", Set.of("NoteRepository.java")), Map.of()))
                .containsExactly(
                        "NotePage calls Note.publish", "NotePage calls Note.tag", "NoteService calls Note.publish");
    }

    @Test
    void aStrayWriteIsFoundInAnotherFileWhateverItsCaseAndIndent() {
        Map<String, String> entities = Map.of("websession", "web_session");
        assertThat(strayWrites(
                        "BlockEffectRepository.java", "q(\"  UPDATE post_comment set status = :s\" + w)", entities))
                .containsExactly("BlockEffectRepository.java: UPDATE post_comment set status = :s");
        assertThat(strayWrites("CommentRepository.java", "q(\"update post_comment set status = :s\")", entities))
                .isEmpty();
        assertThat(strayWrites(
                        "NotificationRepository.java", "q(\" left join post_comment c on c.id = n.id\")", entities))
                .isEmpty();
        assertThat(strayWrites("BlockService.java", "q(\"update delivery set state = :failed\")", entities))
                .containsExactly("BlockService.java: update delivery set state = :failed");
        assertThat(strayWrites(
                        "AccountRepository.java", "q(\"delete from WebSession where accountId = :a\")", entities))
                .containsExactly("AccountRepository.java: delete from WebSession where accountId = :a");
    }

    @Test
    void theEntitiesAreReadWithTheirTables() throws IOException {
        assertThat(entityTables()).containsEntry("websession", "web_session").containsEntry("post", "post");
    }

    @Test
    void theSourcesAreWhereTheTestLooks() {
        // Run from elsewhere, the walk would find nothing and the first test could not fail.
        assertThat(MAIN.resolve("dev/kakehashi/store/CommentRepository.java")).exists();
        assertThat(MIGRATIONS.resolve("V1__core.sql")).exists();
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** An entity's name as HQL writes it (lower case) → its table. */
    private static Map<String, String> entityTables() throws IOException {
        Map<String, String> tables = new HashMap<>();
        for (Path f : mainSources()) {
            String source = read(f);
            if (source.contains("@Entity")) {
                Matcher m = ENTITY_TABLE.matcher(source);
                if (m.find()) {
                    tables.put(m.group(2).toLowerCase(Locale.ROOT), m.group(1));
                }
            }
        }
        return tables;
    }

    private static List<String> strayWrites(String fileName, String source, Map<String, String> entities) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
            String written = TableWrites.writtenTable(m.group(1));
            String table = written == null ? null : entities.getOrDefault(written, written);
            Set<String> owners = table == null ? null : OWNERS.get(table);
            if (owners != null && !owners.contains(fileName)) {
                found.add(fileName + ": " + m.group(1).strip());
            }
        }
        return found;
    }

    /**
     * Calls of an entity's mutators from outside the entity, its table's owners and the services
     * named for its table, as "Caller calls Entity.method" (see {@link #mutators}).
     */
    private static List<String> strayEntityChanges(
            JavaClasses classes, Map<String, Set<String>> owners, Map<String, Set<String>> changers) {
        Set<String> found = new TreeSet<>();
        for (JavaClass entity : classes) {
            if (!entity.isAnnotatedWith("jakarta.persistence.Entity")) {
                continue;
            }
            String table = entity.tryGetAnnotationOfType("jakarta.persistence.Table")
                    .flatMap(t -> t.get("name"))
                    .map(String::valueOf)
                    .orElse(entity.getSimpleName().toLowerCase(Locale.ROOT));
            Set<String> allowed = new HashSet<>(changers.getOrDefault(table, Set.of()));
            owners.getOrDefault(table, Set.of()).forEach(file -> allowed.add(file.replace(".java", "")));
            allowed.add(entity.getSimpleName());
            for (JavaMethod mutator : mutators(entity)) {
                for (JavaAccess<?> call : mutator.getCallsOfSelf()) {
                    String caller = topLevel(call.getOriginOwner()).getSimpleName();
                    if (!allowed.contains(caller)) {
                        found.add(caller + " calls " + entity.getSimpleName() + "." + mutator.getName());
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * The entity's methods that change it: those that set one of its fields, every instance method
     * that returns nothing (one that refills a collection field sets no field), and those that call
     * either.
     */
    private static Set<JavaMethod> mutators(JavaClass entity) {
        Set<JavaMethod> mutators = new HashSet<>();
        for (JavaMethod m : entity.getMethods()) {
            boolean returnsNothing = m.getRawReturnType().getName().equals("void")
                    && !m.getModifiers().contains(JavaModifier.STATIC);
            if (returnsNothing
                    || m.getFieldAccesses().stream()
                            .anyMatch(a -> a.getAccessType() == AccessType.SET
                                    && a.getTargetOwner().equals(entity))) {
                mutators.add(m);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JavaMethod m : entity.getMethods()) {
                if (!mutators.contains(m)
                        && m.getMethodCallsFromSelf().stream().anyMatch(c -> c.getTarget()
                                .resolveMember()
                                .filter(mutators::contains)
                                .isPresent())) {
                    grew = mutators.add(m);
                }
            }
        }
        return mutators;
    }

    private static JavaClass topLevel(JavaClass c) {
        return c.getEnclosingClass().map(TableOwnersTest::topLevel).orElse(c);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
