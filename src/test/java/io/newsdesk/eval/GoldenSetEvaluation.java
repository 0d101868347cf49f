package io.newsdesk.eval;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.Citation;
import io.newsdesk.answer.Question;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.SearchMode;

import java.util.List;
import java.util.Locale;

/**
 * Runs the golden set through the service's own retriever and answering service: article hit@1/@3
 * and MRR per retrieval mode, fact hit rate in answers, citation validity, abstention on unrelated questions.
 */
public final class GoldenSetEvaluation {

    private final AnswerService answers;
    private final Retriever retriever;
    private final CorpusIndex index;

    public GoldenSetEvaluation(AnswerService answers, Retriever retriever, CorpusIndex index) {
        this.answers = answers;
        this.retriever = retriever;
        this.index = index;
    }

    public GoldenSetReport run(GoldenSet golden) {
        GoldenSetReport report = new GoldenSetReport();
        for (SearchMode mode : SearchMode.values()) {
            report.retrieval.put(mode, new double[3]);
        }
        for (GoldenSet.Item item : golden.answerable()) {
            report.questions++;
            if (item.history().isEmpty()) { // a follow-up retrieves through its history: judged by its answer only
                report.retrievalQuestions++;
            }
            for (SearchMode mode : item.history().isEmpty() ? SearchMode.values() : new SearchMode[0]) {
                List<String> titles = rankedTitles(item.question(), mode);
                int rank = firstRank(titles, item.articles());
                double[] scores = report.retrieval.get(mode);
                scores[0] += rank == 1 ? 1 : 0;
                scores[1] += rank >= 1 && rank <= 3 ? 1 : 0;
                scores[2] += rank >= 1 ? 1.0 / rank : 0;
                if (mode == SearchMode.HYBRID && (rank < 1 || rank > 3)) {
                    report.failures.add("retrieval: \"" + item.question() + "\" ranked " + titles.subList(0, Math.min(3, titles.size())));
                }
            }
            Answer answer = answers.answer(new Question(item.question(), item.history()));
            boolean factFound = answer.grounded()
                    && answer.answer().toLowerCase(Locale.ROOT).contains(item.fact().toLowerCase(Locale.ROOT));
            GoldenSetReport.Outcome outcome = factFound ? GoldenSetReport.Outcome.ANSWERED_WITH_FACT
                    : answer.grounded() ? GoldenSetReport.Outcome.WRONGLY_ANSWERED : GoldenSetReport.Outcome.WRONGLY_REFUSED;
            report.count(item.type(), outcome);
            if (factFound) {
                report.factHits++;
            } else {
                report.failures.add(outcome + " [" + item.type() + "] \"" + item.question() + "\" wanted \"" + item.fact()
                        + "\", got: " + answer.answer());
            }
            checkCitations(answer, report);
        }
        for (GoldenSet.Unrelated question : golden.unrelated()) {
            report.unrelated++;
            Answer answer = answers.answer(Question.of(question.question()));
            if (!answer.grounded()) { // refused, or partial: says what the articles do not state before citing what they do
                report.abstained++;
                report.count(question.type(), GoldenSetReport.Outcome.REFUSED);
            } else {
                report.count(question.type(), GoldenSetReport.Outcome.WRONGLY_ANSWERED);
                report.failures.add("WRONGLY_ANSWERED [" + question.type() + "] \"" + question.question() + "\": " + answer.answer());
            }
        }
        return report;
    }

    private void checkCitations(Answer answer, GoldenSetReport report) {
        for (Citation citation : answer.citations()) {
            report.citations++;
            boolean valid = index.article(citation.articleId())
                    .map(a -> citation.end() <= a.text().length()
                            && a.text().substring(citation.start(), citation.end()).equals(citation.quote())
                            && answer.answer().contains("[" + citation.index() + "]"))
                    .orElse(false);
            if (valid) {
                report.validCitations++;
            } else {
                report.failures.add("citation [" + citation.index() + "] not verbatim at its offsets in " + citation.articleId());
            }
        }
    }

    /** Article titles as the retriever ranks articles. */
    private List<String> rankedTitles(String question, SearchMode mode) {
        return retriever.searchArticles(question, 10, mode).stream().map(hit -> hit.article().title()).toList();
    }

    private static int firstRank(List<String> titles, List<String> expected) {
        for (int i = 0; i < titles.size(); i++) {
            if (expected.contains(titles.get(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Both halves of the set, and the held-out questions written after every threshold was set. */
    public Halves halves(GoldenSet golden) {
        return new Halves(run(golden.split(GoldenSet.TUNING)), run(golden.split(GoldenSet.HELD_OUT)),
                run(golden.split(GoldenSet.HELD_OUT).unseen()));
    }

    /** The figures of each half, printed side by side in every report. */
    public record Halves(GoldenSetReport tuning, GoldenSetReport heldOut, GoldenSetReport heldOutUnseen) {

        @Override
        public String toString() {
            return "\n== tuning half ==\n" + tuning + "\n== held-out half ==\n" + heldOut
                    + "\n== held-out half, only questions written after every threshold was set ==\n" + heldOutUnseen;
        }
    }
}
