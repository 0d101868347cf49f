package io.newsdesk.answer;

import io.newsdesk.domain.Article;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers with sentences quoted from the articles: the best sentence for a specific question (plus
 * close runners-up, preferring other articles), or the best sentence of each relevant article for a
 * broad one. Every sentence is quoted verbatim and cited.
 */
@ApplicationScoped
public class ExtractiveAnswerer {

    /** A sentence opening like this leans on the one before it ("The drives contained 80 terabytes"). */
    private static final java.util.regex.Pattern CONTINUES = java.util.regex.Pattern.compile(
            "^(The|They|It|Its|This|These|Those|He|She|His|Her|Their|That|Such)\\b.*");

    private final AnswerConfig config;
    private final AnswerConfig.Selection select;
    private final CoverageGaps gaps;
    private final AskedNames names;

    public ExtractiveAnswerer(AnswerConfig config, CoverageGaps gaps, AskedNames names) {
        this.config = config;
        this.select = config.selection();
        this.gaps = gaps;
        this.names = names;
    }

    /**
     * The title of the story closest in meaning to a question that was not answered, when it is on the
     * question's subject at all (its best passage at or above {@code gate.min-similarity}): a question asked in
     * other words than the story's is refused, but the reader learns where to look.
     */
    private Optional<String> closestStory(Findings findings) {
        return findings.closestOnSubject(config.gate().minSimilarity()).map(passage -> passage.chunk().article().title());
    }

    /**
     * A refusal's notice: which of the question's words no article mentions (so a typo, or a name the collection
     * lacks, shows as the reason; at most three), then the closest story on the subject; empty when there is neither.
     */
    private Optional<String> refusalNotice(Findings findings) {
        List<String> parts = new ArrayList<>();
        List<String> unmentioned = findings.unmentioned();
        if (!unmentioned.isEmpty()) {
            List<String> shown = unmentioned.subList(0, Math.min(3, unmentioned.size())).stream()
                    .map(word -> "“" + word + "”").toList();
            String listed = shown.size() == 1 ? shown.get(0)
                    : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
            parts.add("No article mentions " + listed + ".");
        }
        closestStory(findings).ifPresent(title -> parts.add("The closest story in the collection is “" + title
                + "”: asking in its words may find what you need."));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    public Answer answer(Findings findings) {
        List<Evidence> candidates = findings.sentences().stream().filter(Evidence::matched).toList();
        if (!findings.covered() || candidates.isEmpty()) {
            return refusalNotice(findings).map(Answer.notCovered(Answer.EXTRACTIVE)::withNotice)
                    .orElse(Answer.notCovered(Answer.EXTRACTIVE));
        }
        List<Evidence> chosen = findings.intent().broad() ? overview(candidates) : specific(candidates, findings.sentences());
        attribute(findings.question(), chosen, findings.sentences());
        nameWhatIsAsked(findings.question(), chosen, candidates);
        Answer answer = compose(chosen);
        return gaps.find(findings.question(), findings.intent(), chosen).map(gap -> Answer.partial(gap, answer)).orElse(answer);
    }

    /**
     * The best sentence and close runners-up from other articles; the best one keeps the next sentence
     * of its paragraph when that is about as close to the question (a sentence window), because facts
     * often sit in the sentence after the one that names the topic.
     */
    private List<Evidence> specific(List<Evidence> candidates, List<Evidence> all) {
        double best = candidates.get(0).score();
        List<Evidence> chosen = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        for (Evidence evidence : candidates) {
            if (chosen.size() >= Math.min(select.specificMax(), config.maxSentences()) || evidence.score() < select.runnerUp() * best) {
                break;
            }
            boolean admitted = chosen.isEmpty() || (articles.contains(evidence.articleId())
                    ? evidence.score() >= select.sameArticleRunnerUp() * best
                    : evidence.cosine() >= chosen.get(0).cosine() - select.otherArticleMargin());
            if (admitted && !repeats(evidence, chosen)) {
                chosen.add(evidence);
                articles.add(evidence.articleId());
            }
        }
        Evidence top = chosen.get(0);
        nextInParagraph(top, all)
                .filter(next -> !chosen.contains(next) && (next.cosine() >= top.cosine() - select.windowMargin()
                        || (CONTINUES.matcher(next.text()).matches() && next.cosine() >= select.continuationMinCosine())))
                .ifPresent(next -> {
                    if (chosen.size() >= select.specificMax()) {
                        chosen.remove(chosen.size() - 1);
                    }
                    chosen.add(1, next);
                });
        return chosen;
    }

    /**
     * A "who" question whose best sentence names no one new (a quote, with "said X" beside it) also gets the
     * neighbouring sentence of its paragraph that does, so the answer names who and cites both.
     */
    private static void attribute(String question, List<Evidence> chosen, List<Evidence> all) {
        if (question == null || chosen.isEmpty() || !AskedNames.asksWho(question)
                || AskedNames.namesSomeoneNew(question, chosen.subList(0, 1))) {
            return;
        }
        Evidence top = chosen.get(0);
        java.util.stream.Stream.of(previousInParagraph(top, all), nextInParagraph(top, all))
                .flatMap(java.util.Optional::stream)
                .filter(neighbour -> !chosen.contains(neighbour) && AskedNames.namesSomeoneNew(question, List.of(neighbour)))
                .findFirst()
                .ifPresent(neighbour -> chosen.add(1, neighbour));
    }

    /**
     * A question asking for a name ("Whose software…", "What is the name of…") whose chosen sentences don't give
     * it where a reader looks ({@link AskedNames#givesAskedName}) gets the best candidate that does, scoring at
     * least {@code name-floor} of the best, in the last place.
     */
    private void nameWhatIsAsked(String question, List<Evidence> chosen, List<Evidence> candidates) {
        if (question == null || chosen.isEmpty()) {
            return;
        }
        List<Optional<Boolean>> given = chosen.stream().map(evidence -> names.givesAskedName(question, evidence)).toList();
        if (given.stream().allMatch(Optional::isEmpty) || given.stream().anyMatch(named -> named.orElse(false))) {
            return; // not a question for a name, or already named
        }
        double floor = select.nameFloor() * candidates.get(0).score();
        candidates.stream()
                .takeWhile(candidate -> candidate.score() >= floor)
                .filter(candidate -> !chosen.contains(candidate) && names.givesAskedName(question, candidate).orElse(false))
                .findFirst()
                .ifPresent(named -> {
                    if (chosen.size() >= Math.min(select.specificMax(), config.maxSentences())) {
                        chosen.remove(chosen.size() - 1);
                    }
                    chosen.add(named);
                });
    }

    private static java.util.Optional<Evidence> previousInParagraph(Evidence evidence, List<Evidence> all) {
        String text = evidence.chunk().article().text();
        return all.stream()
                .filter(e -> e.articleId().equals(evidence.articleId()) && e.sentence().end() <= evidence.sentence().start()
                        && text.substring(e.sentence().end(), evidence.sentence().start()).isBlank()
                        && !text.substring(e.sentence().end(), evidence.sentence().start()).contains("\n"))
                .findFirst();
    }

    private static java.util.Optional<Evidence> nextInParagraph(Evidence evidence, List<Evidence> all) {
        String text = evidence.chunk().article().text();
        return all.stream()
                .filter(e -> e.articleId().equals(evidence.articleId()) && e.sentence().start() > evidence.sentence().end()
                        && !text.substring(evidence.sentence().end(), e.sentence().start()).contains("\n")
                        && text.substring(evidence.sentence().end(), e.sentence().start()).isBlank())
                .findFirst();
    }

    private List<Evidence> overview(List<Evidence> candidates) {
        double best = candidates.get(0).score();
        Map<String, List<Evidence>> byArticle = new LinkedHashMap<>();
        for (Evidence evidence : candidates) {
            if (evidence.score() >= select.overviewFloor() * best) {
                byArticle.computeIfAbsent(evidence.articleId(), id -> new ArrayList<>()).add(evidence);
            }
        }
        List<Evidence> chosen = new ArrayList<>();
        for (List<Evidence> sentences : byArticle.values()) {
            if (chosen.size() < config.maxSentences() && !repeats(sentences.get(0), chosen)) {
                chosen.add(sentences.get(0));
            }
        }
        for (int round = 1; chosen.size() < select.overviewMin() && round < select.overviewMin(); round++) {
            for (List<Evidence> sentences : byArticle.values()) {
                if (sentences.size() > round && chosen.size() < select.overviewMin() && !repeats(sentences.get(round), chosen)) {
                    chosen.add(sentences.get(round));
                }
            }
        }
        return chosen;
    }

    /** Builds the answer text and its citations; sentences of one article stay together, in text order. */
    static Answer compose(List<Evidence> chosen) {
        Map<String, List<Evidence>> byArticle = new LinkedHashMap<>();
        chosen.forEach(e -> byArticle.computeIfAbsent(e.articleId(), id -> new ArrayList<>()).add(e));
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (List<Evidence> sentences : byArticle.values()) {
            sentences.sort(Comparator.comparingInt(e -> e.sentence().start()));
            for (Evidence evidence : sentences) {
                Article article = evidence.chunk().article();
                int index = citations.size() + 1;
                citations.add(Citation.of(index, article, evidence.text(), evidence.sentence().start(), evidence.sentence().end(),
                        Math.round(Math.min(1, evidence.dense()) * 1000) / 1000.0));
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(evidence.text()).append(" [").append(index).append(']');
            }
        }
        return Answer.grounded(text.toString(), citations, Answer.EXTRACTIVE);
    }

    private boolean repeats(Evidence candidate, List<Evidence> chosen) {
        Set<String> words = words(candidate.text());
        for (Evidence other : chosen) {
            Set<String> otherWords = words(other.text());
            Set<String> common = new HashSet<>(words);
            common.retainAll(otherWords);
            Set<String> union = new HashSet<>(words);
            union.addAll(otherWords);
            if (!union.isEmpty() && (double) common.size() / union.size() >= select.nearDuplicate()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("\\W+")));
    }
}
