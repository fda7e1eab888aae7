package cn.anju;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The floors of ARCHITECTURE.md: every import points down, and only process/ knows the engine. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.anju");

    private static final String[] FEATURES = {"cn.anju.intake..", "cn.anju.evidence..", "cn.anju.placement..",
            "cn.anju.decision..", "cn.anju.certificate..", "cn.anju.notification..", "cn.anju.portal..",
            "cn.anju.dashboard.."};

    @Test
    void theGroundFloorImportsNoFeatureAndNoEngine() {
        noClasses().that().resideInAnyPackage("cn.anju.application..", "cn.anju.identity..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("cn.anju.process..", "org.camunda..")
                .check(CLASSES);
    }

    @Test
    void featuresNeverImportTheProcessPackageOrTheEngine() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("cn.anju.process..", "org.camunda..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotImportEachOther() {
        for (String feature : FEATURES) {
            String[] others = java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(feature).should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(CLASSES);
        }
    }

    @Test
    void onlyProcessAndSecurityTouchTheEngine() {
        noClasses().that().resideOutsideOfPackages("cn.anju.process..", "cn.anju.security..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(CLASSES);
    }
}
