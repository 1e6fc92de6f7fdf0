package org.standby.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of shared/CONVENTIONS.md. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.standby");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.standby.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.standby.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.standby.team..",
                        "org.standby.security..",
                        "org.standby.calendar..",
                        "org.standby.policy..",
                        "org.standby.rota..",
                        "org.standby.leave..",
                        "org.standby.change..",
                        "org.standby.compensation..",
                        "org.standby.load..",
                        "org.standby.feed..",
                        "org.standby.notify..",
                        "org.standby.demo..")
                .check(classes);
    }

    @Test
    void nothingDependsOnResources() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Resource")
                .check(classes);
    }

    @Test
    void pureCalculatorsImportNoJpaAndNoQuarkus() {
        noClasses()
                .that()
                .resideInAnyPackage("org.standby.rota.engine..", "org.standby.policy.rules..")
                .or()
                .haveSimpleNameEndingWith("Expander")
                .or()
                .haveSimpleNameEndingWith("Classifier")
                .or()
                .haveSimpleNameEndingWith("Renderer")
                .or()
                .haveSimpleNameEndingWith("Calculator")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "io.quarkus..",
                        "io.quarkus.hibernate..",
                        "jakarta.enterprise..",
                        "jakarta.ws.rs..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The time package is plain maths on java.time: it may use no feature and no framework but Bean Validation. */
    @Test
    void timePackageIsPureAndDependsOnNoFeatureService() {
        noClasses()
                .that()
                .resideInAPackage("org.standby.time..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "io.quarkus..",
                        "jakarta.enterprise..",
                        "jakarta.ws.rs..",
                        "org.standby.rota..",
                        "org.standby.load..",
                        "org.standby.change..",
                        "org.standby.compensation..",
                        "org.standby.team..",
                        "org.standby.policy..",
                        "org.standby.leave..",
                        "org.standby.feed..")
                .check(classes);
    }

    /** The rule book is the one place the hard rules are written: pure, and used by the engine, not the reverse. */
    @Test
    void ruleBookDependsOnNothingButTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("org.standby.policy.rules..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.standby.policy.rules..")
                .check(classes);
    }

    @Test
    void entitiesStayInTheServiceLayer() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(classes);
    }

    @Test
    void everyEndpointStatesItsRolesAndIsDocumented() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(jakarta.ws.rs.Path.class)
                .and()
                .arePublic()
                .and()
                .areAnnotatedWith(jakarta.ws.rs.GET.class)
                .or()
                .areAnnotatedWith(jakarta.ws.rs.POST.class)
                .or()
                .areAnnotatedWith(jakarta.ws.rs.PUT.class)
                .or()
                .areAnnotatedWith(jakarta.ws.rs.DELETE.class)
                .or()
                .areAnnotatedWith(jakarta.ws.rs.HEAD.class)
                .should(new RolesAndDocsCondition())
                .check(classes);
    }
}
