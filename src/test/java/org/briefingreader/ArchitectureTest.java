package org.briefingreader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the dependency arrows of docs/architecture.md pointing inward, and the product offline. */
@AnalyzeClasses(packages = "org.briefingreader", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FRAMEWORKS = {
        "javafx..", "org.apache.lucene..", "com.fasterxml.jackson..", "org.jsoup..", "org.commonmark..",
        "picocli..", "ch.qos.logback..", "net.dankito..", "kotlin.."};

    @ArchTest
    static final ArchRule domainUsesOnlyTheJavaBaseModule = classes()
            .that().resideInAPackage("org.briefingreader.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.briefingreader.domain..", "java.lang..", "java.util..", "java.time..", "java.nio..",
                    "java.io..", "java.text..", "java.security..", "java.math..")
            .because("the domain is plain records and ports, usable from any layer");

    @ArchTest
    static final ArchRule appIsFreeOfFrameworks = noClasses()
            .that().resideInAPackage("org.briefingreader.app..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("use cases talk to Lucene, Jackson and files only through domain ports");

    @ArchTest
    static final ArchRule appUsesOnlyTheDomain = noClasses()
            .that().resideInAPackage("org.briefingreader.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.briefingreader.ingest..",
                    "org.briefingreader.library..", "org.briefingreader.json..", "org.briefingreader.cli..",
                    "org.briefingreader.ui..", "org.briefingreader.search..");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.briefingreader.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("JavaFX stays in ui; the CLI and the services run without a toolkit");

    @ArchTest
    static final ArchRule theUiGoesThroughTheApp = noClasses()
            .that().resideInAPackage("org.briefingreader.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "com.fasterxml.jackson..",
                    "org.briefingreader.library..", "org.briefingreader.ingest..", "org.briefingreader.json..",
                    "org.briefingreader.cli..");

    @ArchTest
    static final ArchRule theCliGoesThroughTheApp = noClasses()
            .that().resideInAPackage("org.briefingreader.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..",
                    "org.briefingreader.library..", "org.briefingreader.ingest..", "org.briefingreader.json..",
                    "org.briefingreader.ui..");

    /**
     * The product is offline. {@code java.net.URL} and {@code URI} are allowed only as names of resources on
     * the class path (JavaFX takes style sheets by URL); nothing may open a connection or a socket.
     */
    @ArchTest
    static final ArchRule nothingUsesTheNetwork = noClasses()
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are networking classes (java.net other than URL/URI names, java.net.http, javax.net)",
                    (JavaClass c) -> c.getPackageName().startsWith("java.net.http")
                            || c.getPackageName().startsWith("javax.net")
                            || c.getPackageName().equals("java.net")
                            && !c.getName().equals("java.net.URL") && !c.getName().equals("java.net.URI")))
            .because("Briefing Reader makes no network calls, ever");

    @ArchTest
    static final ArchRule nothingOpensAUrl = noClasses()
            .should().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .orShould().callMethod(java.net.URL.class, "getContent")
            .because("a URL is only ever handed to JavaFX as the name of a bundled style sheet");
}
