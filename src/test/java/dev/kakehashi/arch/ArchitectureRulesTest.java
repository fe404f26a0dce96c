package dev.kakehashi.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The rules themselves: each one passes on a clean fixture and fails on a fixture that breaks it on
 * purpose, so {@link ArchitectureTest} passing means something.
 */
class ArchitectureRulesTest {
    private static final String FIXTURES = "dev.kakehashi.arch.fixture.";

    private static final List<Function<String, ArchRule>> ALL = List.of(
            ArchitectureRules::layers,
            ArchitectureRules::domainStandsAlone,
            ArchitectureRules::noPackageCycles,
            ArchitectureRules::pluginSpiIsClosed,
            ArchitectureRules::handlersCallServices,
            ArchitectureRules::notesQuotesAndOutboxesCallServices,
            ArchitectureRules::actorDocumentsReadThroughServices,
            ArchitectureRules::federationReachesStoreThroughServices,
            ArchitectureRules::statusesAreWrittenFromTheRecord,
            ArchitectureRules::repositoryTypesStayBelowSurfaces,
            ArchitectureRules::transactionsOpenInServices);

    @Test
    void cleanFixturePassesEveryRule() {
        String root = FIXTURES + "clean";
        JavaClasses classes = classes(root);
        for (Function<String, ArchRule> rule : ALL) {
            EvaluationResult result = rule.apply(root).evaluate(classes);
            assertFalse(result.hasViolation(), result.getFailureReport().toString());
        }
    }

    @Test
    void storeCallingUpIntoServiceBreaksTheLayers() {
        assertViolates(ArchitectureRules::layers, "upward", "PostRepository", "PostService");
    }

    @Test
    void webUsingAdminBreaksTheLayers() {
        assertViolates(ArchitectureRules::layers, "sideways", "PostPage", "PostAdmin");
    }

    @Test
    void domainImportingStoreIsCaught() {
        assertViolates(ArchitectureRules::domainStandsAlone, "domainleak", "Post", "PostRow");
    }

    @Test
    void twoPackagesUsingEachOtherAreACycle() {
        assertViolates(ArchitectureRules::noPackageCycles, "cycle", "Cycle detected", "cycle.a");
    }

    @Test
    void pluginSpiNamingAnAppTypeIsCaught() {
        assertViolates(ArchitectureRules::pluginSpiIsClosed, "spileak", "Extensions", "DomainEvent");
    }

    @Test
    void inboxHandlerWritingARepositoryIsCaught() {
        assertViolates(ArchitectureRules::handlersCallServices, "handlerstore", "FollowHandler", "FollowerRepository");
    }

    @Test
    void noteConsumerWritingARepositoryIsCaught() {
        assertViolates(
                ArchitectureRules::notesQuotesAndOutboxesCallServices,
                "notestore",
                "ReaderConsumer",
                "RemotePostRepository");
    }

    @Test
    void actorDocumentReadingARepositoryIsCaught() {
        assertViolates(
                ArchitectureRules::actorDocumentsReadThroughServices, "actorstore", "LocalActors", "AccountRepository");
    }

    @Test
    void federationClassReadingARepositoryIsCaughtButDeliveryAndInboxStorageMay() {
        String report = assertViolates(
                ArchitectureRules::federationReachesStoreThroughServices,
                "federationstore",
                "RemoteActors",
                "FollowResponses",
                "RemoteActorRepository");
        assertFalse(report.contains("FanOut"), report);
        assertFalse(report.contains("InboxRows"), report);
    }

    @Test
    void aStatusConverterBuildingTheEntityItselfIsCaught() {
        String report = assertViolates(
                ArchitectureRules::statusesAreWrittenFromTheRecord,
                "statusbuilder",
                "CommentToStatus",
                "StatusEntityBuilder");
        assertFalse(report.contains("StatusToEntity."), report);
    }

    @Test
    void adminReadingARepositoryRowIsCaughtButServiceAndDeliveryMay() {
        String report = assertViolates(
                ArchitectureRules::repositoryTypesStayBelowSurfaces,
                "repositorytypes",
                "CommentQueuePage",
                "CommentRepository$Row");
        assertFalse(report.contains("CommentService"), report);
        assertFalse(report.contains("FanOut"), report);
        assertFalse(report.contains("StreamEvent"), report);
    }

    @Test
    void workerOpeningATransactionIsCaughtButServiceMayAndWiringMayBuildOne() {
        String report = assertViolates(
                ArchitectureRules::transactionsOpenInServices, "txoutside", "DeliveryWorker", "Transactions.call");
        assertFalse(report.contains("QueueService"), report);
        assertFalse(report.contains("Wiring"), report);
    }

    private static String assertViolates(Function<String, ArchRule> rule, String fixture, String... mentions) {
        String root = FIXTURES + fixture;
        EvaluationResult result = rule.apply(root).evaluate(classes(root));
        assertTrue(result.hasViolation(), "expected a violation in fixture " + fixture);
        String report = result.getFailureReport().toString();
        for (String m : mentions) {
            assertTrue(report.contains(m), "report should name " + m + ":\n" + report);
        }
        return report;
    }

    private static JavaClasses classes(String root) {
        return new ClassFileImporter().importPackages(root);
    }
}
