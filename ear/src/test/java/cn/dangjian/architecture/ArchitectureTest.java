package cn.dangjian.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of docs/architecture.md, checked on the compiled classes of every module: layers
 * (domain, application, infrastructure, interfaces) per context, no cycles, web modules on
 * application contracts only, demo data apart.
 */
class ArchitectureTest {
  private static final List<String> MODULES =
      List.of(
          "member-ejb", "web-common", "member-web", "education-web", "recruitment-web", "api-web");

  private static final String ENTITY = "jakarta.persistence.Entity";

  private static JavaClasses classes;

  @BeforeAll
  static void importEveryModule() {
    Path root = Path.of(System.getProperty("architecture.root", ".."));
    List<Path> dirs =
        MODULES.stream()
            .map(root::resolve)
            .filter(m -> Files.isDirectory(m.resolve("src/main/java")))
            .map(m -> m.resolve("target/classes"))
            .toList();
    dirs.forEach(
        d -> {
          if (!Files.isDirectory(d)) {
            throw new IllegalStateException(
                d + " is missing: build the modules first (mvn verify from the root)");
          }
        });
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(dirs);
  }

  @Test
  void noPackageCycles() {
    slices().matching("cn.dangjian.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noCyclesBetweenContextsInALayer() {
    slices().matching("cn.dangjian.domain.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("cn.dangjian.application.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("cn.dangjian.interfaces.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theDomainDependsOnNoOuterLayerNorOnWebApis() {
    noClasses()
        .that()
        .resideInAPackage("cn.dangjian.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.dangjian.application..",
            "cn.dangjian.infrastructure..",
            "cn.dangjian.interfaces..",
            "cn.dangjian.demo..",
            "jakarta.faces..",
            "jakarta.ws.rs..",
            "jakarta.servlet..",
            "org.primefaces..")
        .check(classes);
  }

  @Test
  void theApplicationDependsOnTheDomainNotOnInfrastructureOrPages() {
    noClasses()
        .that()
        .resideInAPackage("cn.dangjian.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.dangjian.infrastructure..",
            "cn.dangjian.interfaces..",
            "cn.dangjian.demo..",
            "jakarta.faces..",
            "jakarta.ws.rs..",
            "jakarta.servlet..",
            "org.primefaces..")
        .check(classes);
  }

  @Test
  void infrastructureServesTheInnerLayersOnly() {
    noClasses()
        .that()
        .resideInAPackage("cn.dangjian.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("cn.dangjian.interfaces..", "cn.dangjian.demo..")
        .check(classes);
  }

  @Test
  void webModulesCallApplicationContractsOnly() {
    noClasses()
        .that()
        .resideInAPackage("cn.dangjian.interfaces..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.dangjian.application..internal..",
            "cn.dangjian.infrastructure..",
            "cn.dangjian.demo..")
        .check(classes);
  }

  @Test
  void pagesAndResourcesReceiveViewsNotEntities() {
    noClasses()
        .that()
        .resideInAPackage("cn.dangjian.interfaces..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(ENTITY)
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .check(classes);
  }

  @Test
  void applicationContractsHandOutNoEntities() {
    noClasses()
        .that()
        .resideInAPackage("cn.dangjian.application..")
        .and()
        .resideOutsideOfPackage("cn.dangjian.application..internal..")
        .and()
        .areInterfaces()
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(ENTITY)
        .check(classes);
  }

  @Test
  void demoDataStaysApart() {
    noClasses()
        .that()
        .resideOutsideOfPackage("cn.dangjian.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.dangjian.demo..")
        .check(classes);
  }
}
