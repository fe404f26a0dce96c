package dev.kakehashi.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production code keeps the rules of {@link ArchitectureRules}; any new violation fails the build. */
class ArchitectureTest {
    private static final String ROOT = "dev.kakehashi";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersPointOneWay() {
        ArchitectureRules.layers(ROOT).check(classes);
    }

    @Test
    void domainImportsNothingButItself() {
        ArchitectureRules.domainStandsAlone(ROOT).check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.noPackageCycles(ROOT).check(classes);
    }

    @Test
    void pluginSpiExposesOnlyItsOwnTypes() {
        ArchitectureRules.pluginSpiIsClosed(ROOT).check(classes);
    }

    @Test
    void inboxHandlersCallServicesNotRepositories() {
        ArchitectureRules.handlersCallServices(ROOT).check(classes);
    }

    @Test
    void noteConsumersQuotesAndOutboxWritersCallServicesNotRepositories() {
        ArchitectureRules.notesQuotesAndOutboxesCallServices(ROOT).check(classes);
    }

    @Test
    void actorDocumentsAndConvertersReadThroughServices() {
        ArchitectureRules.actorDocumentsReadThroughServices(ROOT).check(classes);
    }

    @Test
    void federationOutsideDeliveryAndInboxStorageReadsThroughServices() {
        ArchitectureRules.federationReachesStoreThroughServices(ROOT).check(classes);
    }

    @Test
    void mastodonStatusesAreWrittenFromTheSharedRecord() {
        ArchitectureRules.statusesAreWrittenFromTheRecord(ROOT).check(classes);
    }

    @Test
    void surfacesReadDomainRecordsNotRepositoryInternals() {
        ArchitectureRules.repositoryTypesStayBelowSurfaces(ROOT).check(classes);
    }

    @Test
    void transactionsOpenInServicesOnly() {
        ArchitectureRules.transactionsOpenInServices(ROOT).check(classes);
    }
}
