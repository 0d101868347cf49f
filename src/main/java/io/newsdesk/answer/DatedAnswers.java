package io.newsdesk.answer;

import io.newsdesk.domain.Article;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.index.SearchFilter;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.text.Span;
import io.newsdesk.time.DateRange;
import io.newsdesk.time.PublishedDates;
import io.newsdesk.time.Recency;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts time into answers. When an answer's sources were published on different days, each article's sentences
 * open with when and where it ran ("On 27 Nov 2023, TechCrunch reported: …"), so a reader can judge the order of
 * events; a "how did X develop" question gets its articles in date order. The quotes stay verbatim. It also words
 * the answers that only time explains: a range that holds nothing on the subject, a question's range that the
 * request's filter excludes, and a question that asks only what happened in a period.
 */
@ApplicationScoped
public class DatedAnswers {

    /** Articles in a digest of a period ("What happened in July 2024?"). */
    static final int DIGEST_ARTICLES = 5;
    /** Articles of a period read to choose the digest's newest. */
    private static final int DIGEST_SCAN = 2_000;

    private final Retriever index;

    public DatedAnswers(Retriever index) {
        this.index = index;
    }

    /**
     * The answer with its articles dated, when they span more than one day or the question asks for the story in
     * order; otherwise unchanged. Only an extractive answer made wholly of its quotes is rewritten.
     */
    Answer dated(Answer answer, Recency recency) {
        if (!Answer.EXTRACTIVE.equals(answer.mode()) || answer.citations().isEmpty()
                || !answer.answer().equals(plain(answer.citations()))) {
            return answer;
        }
        Map<String, List<Citation>> byArticle = new LinkedHashMap<>();
        answer.citations().forEach(c -> byArticle.computeIfAbsent(c.articleId(), id -> new ArrayList<>()).add(c));
        long days = answer.citations().stream().map(Citation::day).flatMap(Optional::stream).distinct().count();
        boolean chronological = recency == Recency.CHRONOLOGICAL;
        if (days < 2 && !(chronological && days == 1 && byArticle.size() > 1)) {
            return answer;
        }
        List<List<Citation>> groups = new ArrayList<>(byArticle.values());
        if (chronological) {
            groups.sort(Comparator.comparing(group -> group.get(0).day().orElse(LocalDate.MAX)));
        }
        StringBuilder text = new StringBuilder();
        List<Citation> renumbered = new ArrayList<>();
        for (List<Citation> group : groups) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(lead(group.get(0)));
            for (int i = 0; i < group.size(); i++) {
                Citation c = group.get(i);
                Citation numbered = new Citation(renumbered.size() + 1, c.articleId(), c.title(), c.source(), c.url(),
                        c.publishedAt(), c.quote(), c.start(), c.end(), c.score(), c.desk());
                renumbered.add(numbered);
                text.append(i == 0 ? "" : " ").append(c.quote()).append(" [").append(numbered.index()).append(']');
            }
        }
        return new Answer(text.toString(), renumbered, answer.grounded(), answer.mode(), answer.notice(),
                answer.coverage(), answer.timeRange());
    }

    /** "On 27 Nov 2023, TechCrunch reported: ", or "Date unknown: " for an undated source. */
    private String lead(Citation citation) {
        String publication = index.article(citation.articleId()).map(Article::publication).orElse(null);
        Optional<LocalDate> day = citation.day();
        if (day.isEmpty()) {
            return publication == null ? "Date unknown: " : publication + ", date unknown, reported: ";
        }
        String when = "On " + PublishedDates.human(day.get());
        return publication == null ? when + ": " : when + ", " + publication + " reported: ";
    }

    /** How an extractive answer reads before dating: each quote and its marker, one after another. */
    private static String plain(List<Citation> citations) {
        StringBuilder text = new StringBuilder();
        for (Citation c : citations) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(c.quote()).append(" [").append(c.index()).append(']');
        }
        return text.toString();
    }

    /**
     * A refusal within a range, with the closest dated story on the subject outside it named in its notice:
     * "Nothing from November 2023 covers this; the closest is from 12 Sep 2024 (“…”)".
     */
    Answer nothingInRange(DateRange range, Answer refusal, Answer unbounded) {
        Optional<Citation> closest = unbounded.citations().stream()
                .filter(c -> c.day().isPresent())
                .min(Comparator.comparingLong(c -> distance(range, c.day().get())));
        String notice = "Nothing published " + during(range) + " covers this"
                + closest.map(c -> "; the closest story is from " + PublishedDates.human(c.day().get())
                        + " (“" + c.title() + "”)").orElse("") + ".";
        return refusal.withNotice(notice);
    }

    /** When a range is, as a sentence says it: "in November 2023", "on 27 Nov 2023", "since 1 Nov 2023". */
    static String during(DateRange range) {
        String label = range.describe();
        if (label.startsWith("since ") || label.startsWith("until ")) {
            return label;
        }
        return (range.from() != null && range.from().equals(range.to()) ? "on " : "in ") + label;
    }

    /** The answer when the question's own time and the request's filter share no day. */
    static Answer conflicting(DateRange asked, DateRange filtered) {
        return Answer.notCovered(Answer.EXTRACTIVE).withNotice("The question asks about " + asked.describe()
                + ", but the search was limited to " + filtered.describe() + ": the two share no day. "
                + "Widen the date filter or ask about a day inside it.");
    }

    /**
     * What the archive holds from a period, newest first: the lead sentence of up to {@value #DIGEST_ARTICLES}
     * articles, each dated. Empty when the period holds no article.
     */
    Optional<Answer> digest(SearchFilter filter) {
        List<Article> articles = new ArrayList<>(index.articles(DIGEST_SCAN, filter));
        articles.sort(Comparator.comparing((Article a) -> a.day().orElse(LocalDate.MIN)).reversed().thenComparing(Article::id));
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Article article : articles) {
            if (citations.size() == DIGEST_ARTICLES) {
                break;
            }
            List<IndexedChunk> chunks = index.passagesOf(article.id());
            if (chunks.isEmpty() || chunks.get(0).chunk().sentences().isEmpty()) {
                continue;
            }
            Span lead = chunks.get(0).chunk().sentences().get(0);
            Citation citation = Citation.of(citations.size() + 1, article, lead.of(article.text()), lead.start(), lead.end(), 1.0);
            citations.add(citation);
            text.append(text.length() > 0 ? " " : "").append(lead(citation)).append(citation.quote())
                    .append(" [").append(citation.index()).append(']');
        }
        return citations.isEmpty() ? Optional.empty()
                : Optional.of(Answer.grounded(text.toString(), citations, Answer.EXTRACTIVE));
    }

    private static long distance(DateRange range, LocalDate day) {
        long d = day.toEpochDay();
        if (d < range.fromEpochDay()) {
            return range.fromEpochDay() - d;
        }
        return d > range.toEpochDay() ? d - range.toEpochDay() : 0;
    }
}
