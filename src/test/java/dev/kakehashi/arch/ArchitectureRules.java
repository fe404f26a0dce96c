package dev.kakehashi.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The rules of the house as ArchUnit rules, parameterized by the root package so that {@link
 * ArchitectureRulesTest} can show each rule failing on a small fixture that breaks it.
 */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /** app -> web | admin | mastodon | federation -> service -> store -> domain; the plugin SPI beside service. */
    static ArchRule layers(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("App")
                .definedBy(root + ".app..")
                .layer("Web")
                .definedBy(root + ".web..")
                .layer("Admin")
                .definedBy(root + ".admin..")
                .layer("Mastodon")
                .definedBy(root + ".mastodon..")
                .layer("Federation")
                .definedBy(root + ".federation..")
                .layer("Service")
                .definedBy(root + ".service..")
                .layer("PluginSpi")
                .definedBy(root + ".plugin..")
                .layer("Store")
                .definedBy(root + ".store..")
                .layer("Domain")
                .definedBy(root + ".domain..")
                .whereLayer("App")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Web")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Admin")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Mastodon")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Federation")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service")
                .mayOnlyBeAccessedByLayers("App", "Web", "Admin", "Mastodon", "Federation")
                .whereLayer("PluginSpi")
                .mayOnlyBeAccessedByLayers("App", "Web", "Admin", "Mastodon", "Federation", "Service")
                .whereLayer("Store")
                .mayOnlyBeAccessedByLayers("App", "Web", "Admin", "Mastodon", "Federation", "Service")
                .allowEmptyShould(true);
    }

    /** The domain model stands alone: it imports nothing of Kakehashi's but itself. */
    static ArchRule domainStandsAlone(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        List.of("app", "web", "admin", "mastodon", "federation", "service", "plugin", "store").stream()
                                .map(p -> root + "." + p + "..")
                                .toArray(String[]::new))
                .allowEmptyShould(true);
    }

    /** No two packages depend on each other, directly or round a longer loop. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /**
     * What a plugin sees (the {@code plugin} package) names only its own types and the JDK's, so a
     * change inside the app never breaks a plugin.
     */
    static ArchRule pluginSpiIsClosed(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".plugin")
                .should()
                .dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".plugin"))))
                .allowEmptyShould(true);
    }

    /**
     * An inbox handler ({@code *Handler} under {@code federation}) reads the activity and calls a
     * service: it never reaches a repository or opens a transaction itself.
     */
    static ArchRule handlersCallServices(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".federation..")
                .and()
                .haveSimpleNameEndingWith("Handler")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".store..")
                .allowEmptyShould(true);
    }

    /**
     * What turns remote posts and quotes into service calls never reaches the store either: the note
     * consumers ({@code *Consumer} under {@code federation}), the quote flow ({@code federation.quote})
     * and the reactions ({@code federation.reaction}), and the outbox writers ({@code *Outbox})
     * outside {@code federation.delivery}, which queue through the outbox service.
     */
    static ArchRule notesQuotesAndOutboxesCallServices(String root) {
        String federation = root + ".federation..";
        DescribedPredicate<JavaClass> covered = resideInAnyPackage(
                        root + ".federation.quote..", root + ".federation.reaction..")
                .or(simpleNameEndingWith("Consumer").and(resideInAPackage(federation)))
                .or(simpleNameEndingWith("Outbox")
                        .and(resideInAPackage(federation))
                        .and(not(resideInAPackage(root + ".federation.delivery.."))));
        return noClasses()
                .that(covered.as("note consumers, the quote flow, reactions and outbox writers in federation"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".store..")
                .allowEmptyShould(true);
    }

    /**
     * Actor documents, collections and objects ({@code federation.actor}) and the converters ({@code
     * federation.convert}) read through {@code service} queries: they never reach the store.
     */
    static ArchRule actorDocumentsReadThroughServices(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(root + ".federation.actor..", root + ".federation.convert..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".store..")
                .allowEmptyShould(true);
    }

    /**
     * Federation reaches the database through {@code service} only. The exceptions are the delivery
     * machinery ({@code federation.delivery}: outbox rows, fan-out, delivery rows) and the inbox's own
     * storage (the {@code Inbox*} classes of {@code federation.inbox}: its rows, lanes and processor),
     * whose rows are the queue itself.
     */
    /**
     * A Mastodon {@code Status} is written in one place, from the shared status record ({@code
     * StatusToEntity}), and a reblog around one ({@code BoostToStatus}): the per-source converters map
     * to the record and compute no field of their own.
     */
    static ArchRule statusesAreWrittenFromTheRecord(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".mastodon.entity..")
                .and()
                .doNotHaveFullyQualifiedName(root + ".mastodon.convert.StatusToEntity")
                .and()
                .doNotHaveFullyQualifiedName(root + ".mastodon.convert.BoostToStatus")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(root + ".mastodon.entity.StatusEntityBuilder")
                .allowEmptyShould(true);
    }

    static ArchRule federationReachesStoreThroughServices(String root) {
        DescribedPredicate<JavaClass> machinery = federationQueueMachinery(root);
        return noClasses()
                .that(resideInAPackage(root + ".federation..")
                        .and(not(machinery))
                        .as("federation classes outside the delivery and inbox storage"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".store..")
                .allowEmptyShould(true);
    }

    /**
     * A repository's nested types (its rows and tuples) stay below the surfaces: what {@code web},
     * {@code admin}, {@code mastodon}, {@code app} and {@code federation} read is a {@code domain}
     * record, so a change to a query never ripples into a page or a JSON document. {@code service}
     * sits on the store and may read them; so may federation's queue machinery (see {@link
     * #federationReachesStoreThroughServices}), whose claimed rows are the queue itself.
     */
    static ArchRule repositoryTypesStayBelowSurfaces(String root) {
        DescribedPredicate<JavaClass> surfaces = resideInAnyPackage(
                        root + ".web..",
                        root + ".admin..",
                        root + ".mastodon..",
                        root + ".app..",
                        root + ".federation..")
                .and(not(federationQueueMachinery(root)));
        DescribedPredicate<JavaClass> repositoryInternals = resideInAPackage(root + ".store..")
                .and(DescribedPredicate.describe("nested in a *Repository", (JavaClass c) -> c.getEnclosingClass()
                        .map(e -> e.getSimpleName().endsWith("Repository"))
                        .orElse(false)));
        return noClasses()
                .that(surfaces.as("surfaces and federation outside its queue machinery"))
                .should()
                .dependOnClassesThat(repositoryInternals.as("types nested in a store repository"))
                .allowEmptyShould(true);
    }

    /**
     * Transactions open in services only: nothing outside {@code service} and {@code store} calls
     * {@code store.Transactions} to open a unit of work ({@code call}, {@code run}, {@code read},
     * {@code autocommit}). The composition root may build one and hand it on; a worker, a handler or a
     * wiring lambda calls a service method, which opens it.
     */
    static ArchRule transactionsOpenInServices(String root) {
        Set<String> opening = Set.of("call", "run", "read", "autocommit");
        DescribedPredicate<JavaMethodCall> opensAUnitOfWork = DescribedPredicate.describe(
                "open a unit of work on store.Transactions",
                call -> call.getTargetOwner().getName().equals(root + ".store.Transactions")
                        && opening.contains(call.getName()));
        return noClasses()
                .that()
                .resideOutsideOfPackages(root + ".service..", root + ".store..")
                .should()
                .callMethodWhere(opensAUnitOfWork)
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> federationQueueMachinery(String root) {
        return resideInAPackage(root + ".federation.delivery..")
                .or(resideInAPackage(root + ".federation.inbox").and(simpleNameStartingWith("Inbox")));
    }
}
