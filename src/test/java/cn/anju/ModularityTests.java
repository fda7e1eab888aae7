package cn.anju;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of ARCHITECTURE.md as Spring Modulith sees them: no cycles, each module reached only
 * through its API (or a named interface) and only by the modules its package-info allows. Also
 * draws the module diagram into docs/modules, which the README shows.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AnjuApplication.class);

    @Test
    void everyModuleKeepsToTheDependenciesItDeclares() {
        MODULES.verify();
    }

    @Test
    void onlyProcessAndSecurityKnowTheEngine() {
        noClasses().that().resideOutsideOfPackages("cn.anju.process..", "cn.anju.security..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("cn.anju"));
    }

    @Test
    void writesTheModuleDiagram() throws IOException {
        Path folder = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
                .writeModuleCanvases();
        Path puml = folder.resolve("components.puml");
        String source = Files.readString(puml, StandardCharsets.UTF_8)
                .replace("@startuml", "@startuml\n!pragma layout smetana");
        try (var out = Files.newOutputStream(folder.resolve("modules.svg"))) {
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
        assertThat(Files.readString(folder.resolve("modules.svg"))).contains("<svg").contains("Placement");
    }
}
