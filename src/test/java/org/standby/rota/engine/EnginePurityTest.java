package org.standby.rota.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The policy calculators and the rota engine stay pure: no JPA, no Quarkus, no CDI, no REST. */
class EnginePurityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.standby.policy", "org.standby.rota.engine");

    @Test
    void engineAndPolicyImportNoFrameworks() {
        // the policy package also holds its persistence and REST layer (TeamPolicy, PolicyService, PolicyResource,
        // dto); the pure part is the model, the validator and the expander
        noClasses()
                .that()
                .resideInAnyPackage("org.standby.rota.engine..")
                .or()
                .haveFullyQualifiedName("org.standby.policy.CoveragePolicy")
                .or()
                .haveFullyQualifiedName("org.standby.policy.CoverageRules")
                .or()
                .haveFullyQualifiedName("org.standby.policy.ShiftTemplate")
                .or()
                .haveFullyQualifiedName("org.standby.policy.PlannedShift")
                .or()
                .haveFullyQualifiedName("org.standby.policy.PolicyValidator")
                .or()
                .haveFullyQualifiedName("org.standby.policy.ShiftExpander")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "jakarta.enterprise..",
                        "jakarta.inject..",
                        "jakarta.ws.rs..",
                        "jakarta.transaction..",
                        "io.quarkus..",
                        "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void engineDoesNotReachIntoOtherFeatures() {
        noClasses()
                .that()
                .resideInAPackage("org.standby.rota.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.standby.team..",
                        "org.standby.leave..",
                        "org.standby.rota",
                        "org.standby.change..",
                        "org.standby.compensation..")
                .check(CLASSES);
    }
}
