package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.time.DateRange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which articles a search may see: a range of publication days, a set of sources and a set of desks. Both stores
 * apply it inside retrieval, before the top k are chosen, so a filtered search still gets k results and no score or
 * count reflects an article outside it. An article whose date is unknown is outside every bounded range.
 *
 * @param dates   publication days, inclusive; {@link DateRange#ALL} for any
 * @param sources the sources allowed, {@linkplain #key lower-cased}; empty for any
 * @param desks   the desks allowed; null for any desk (a deployment without desks)
 * @param hiddenDesks desks never let through, whatever {@code desks} says: those a reader may not read
 */
public record SearchFilter(DateRange dates, Set<String> sources, Set<String> desks, Set<String> hiddenDesks) {

    public static final SearchFilter NONE = new SearchFilter(DateRange.ALL, Set.of(), null, Set.of());

    public SearchFilter {
        dates = dates == null ? DateRange.ALL : dates;
        sources = sources == null ? Set.of() : sources.stream().map(SearchFilter::key).collect(Collectors.toUnmodifiableSet());
        desks = desks == null ? null : Set.copyOf(desks);
        hiddenDesks = hiddenDesks == null ? Set.of() : Set.copyOf(hiddenDesks);
    }

    public SearchFilter(DateRange dates, Set<String> sources, Set<String> desks) {
        this(dates, sources, desks, Set.of());
    }

    public static SearchFilter of(DateRange dates, Collection<String> sources) {
        return new SearchFilter(dates, sources == null ? Set.of() : Set.copyOf(sources), null);
    }

    /** How sources compare: case and surrounding spaces aside. */
    public static String key(String source) {
        return source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
    }

    public SearchFilter withDates(DateRange range) {
        return new SearchFilter(range, sources, desks, hiddenDesks);
    }

    public SearchFilter withSources(Collection<String> allowed) {
        return new SearchFilter(dates, Set.copyOf(allowed), desks, hiddenDesks);
    }

    public SearchFilter withDesks(Collection<String> allowed) {
        return new SearchFilter(dates, sources, allowed == null ? null : Set.copyOf(allowed), hiddenDesks);
    }

    /**
     * This filter within what a reader may read: the desks it asked for (or all) among those allowed ({@code null}:
     * any), never the hidden ones.
     */
    public SearchFilter within(Set<String> allowed, Set<String> hidden) {
        Set<String> chosen = desks;
        if (allowed != null) {
            chosen = desks == null ? allowed : desks.stream().filter(allowed::contains).collect(Collectors.toUnmodifiableSet());
        }
        Set<String> never = new java.util.HashSet<>(hiddenDesks);
        never.addAll(hidden);
        return new SearchFilter(dates, sources, chosen, never);
    }

    /** Whether it lets every article through. */
    public boolean isNone() {
        return dates.unbounded() && sources.isEmpty() && desks == null && hiddenDesks.isEmpty();
    }

    public boolean accepts(Article article) {
        return accepts(article.day().orElse(null), article.shownSource(), article.desk());
    }

    /** Whether an article of this day (null when unknown), source and desk passes. */
    public boolean accepts(LocalDate day, String source, String desk) {
        if (!dates.unbounded() && (day == null || !dates.contains(day))) {
            return false;
        }
        if (!sources.isEmpty() && !sources.contains(key(source))) {
            return false;
        }
        String on = desk == null ? Article.DEFAULT_DESK : desk;
        return (desks == null || desks.contains(on)) && !hiddenDesks.contains(on);
    }
}
