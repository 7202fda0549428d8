package org.yagura;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(YaguraApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yagura");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void repositoriesAndEntitiesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true).check(CLASSES);
        classes().that().areAnnotatedWith(Entity.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void controllersLiveInWebOrRestPackages() {
        classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..rest..")
                .allowEmptyShould(true).check(CLASSES);
        classes().that().areAnnotatedWith(Controller.class).and().resideOutsideOfPackage("org.yagura.shared..")
                .should().resideInAPackage("..web..").allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
    }

    @Test
    void noConsoleOutputOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.yagura.shared.cli..")
                .and().doNotHaveSimpleName("YaguraApplication")
                .and().doNotHaveSimpleName("YaguraLauncher") // before logging exists: one line when it cannot unpack
                .and().doNotImplement(org.yagura.shared.cli.CliCommand.class)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
