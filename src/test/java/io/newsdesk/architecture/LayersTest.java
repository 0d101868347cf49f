package io.newsdesk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package layers, bottom to top, as docs/architecture.md draws them. A class may use
 * its own layer and the layers below it, never one above; no two packages depend on each other.
 */
@AnalyzeClasses(packages = "io.newsdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final String[] CHANNELS = {"io.newsdesk.api..", "io.newsdesk.openai..", "io.newsdesk.slack..",
            "io.newsdesk.feedback..", "io.newsdesk.imports..", "io.newsdesk.feeds..", "io.newsdesk.conversations.."};

    @ArchTest
    static final ArchRule layers_only_look_down = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Text and domain").definedBy("io.newsdesk.text..", "io.newsdesk.domain..", "io.newsdesk.concurrent..",
                    "io.newsdesk.files..", "io.newsdesk.time..")
            .layer("Embed").definedBy("io.newsdesk.embed..")
            .layer("Index").definedBy("io.newsdesk.index..", "io.newsdesk.elasticsearch..", "io.newsdesk.store..",
                    "io.newsdesk.audit..")
            .layer("Retrieve").definedBy("io.newsdesk.retrieve..")
            .layer("Answer").definedBy("io.newsdesk.answer..", "io.newsdesk.llm..")
            .layer("Ingest").definedBy("io.newsdesk.ingest..", "io.newsdesk.archive..", "io.newsdesk.documents..")
            .layer("Web").definedBy("io.newsdesk.http..", "io.newsdesk.security..", "io.newsdesk.limits..")
            .layer("Channels").definedBy(CHANNELS)
            .whereLayer("Channels").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Channels")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Web", "Channels")
            .whereLayer("Answer").mayOnlyBeAccessedByLayers("Channels")
            .whereLayer("Retrieve").mayOnlyBeAccessedByLayers("Answer", "Channels")
            .whereLayer("Index").mayOnlyBeAccessedByLayers("Retrieve", "Answer", "Ingest", "Web", "Channels")
            .whereLayer("Embed").mayOnlyBeAccessedByLayers("Index", "Retrieve", "Answer", "Ingest", "Web", "Channels");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("io.newsdesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_answer_layer_reads_the_index_through_retrieval = noClasses().that()
            .resideInAnyPackage("io.newsdesk.answer..", "io.newsdesk.llm..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.newsdesk.index.CorpusIndex")
            .because("terms, IDF and passages come through the retrieval layer, whatever store is behind it");

    @ArchTest
    static final ArchRule channels_go_through_the_answering_service = noClasses().that().resideInAnyPackage(CHANNELS)
            .should().dependOnClassesThat().resideInAPackage("io.newsdesk.llm..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Finder")
            .orShould().dependOnClassesThat().haveSimpleName("ExtractiveAnswerer")
            .orShould().dependOnClassesThat().haveSimpleName("DefaultAnswerService")
            .because("every channel is a thin adapter over the one AnswerService");
}
