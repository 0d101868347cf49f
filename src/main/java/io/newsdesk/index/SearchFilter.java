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
 */
public record SearchFilter(DateRange dates, Set<String> sources, Set<String> desks) {

    public static final SearchFilter NONE = new SearchFilter(DateRange.ALL, Set.of(), null);

    public SearchFilter {
        dates = dates == null ? DateRange.ALL : dates;
        sources = sources == null ? Set.of() : sources.stream().map(SearchFilter::key).collect(Collectors.toUnmodifiableSet());
        desks = desks == null ? null : Set.copyOf(desks);
    }

    public static SearchFilter of(DateRange dates, Collection<String> sources) {
        return new SearchFilter(dates, sources == null ? Set.of() : Set.copyOf(sources), null);
    }

    /** How sources compare: case and surrounding spaces aside. */
    public static String key(String source) {
        return source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
    }

    public SearchFilter withDates(DateRange range) {
        return new SearchFilter(range, sources, desks);
    }

    public SearchFilter withSources(Collection<String> allowed) {
        return new SearchFilter(dates, Set.copyOf(allowed), desks);
    }

    public SearchFilter withDesks(Collection<String> allowed) {
        return new SearchFilter(dates, sources, allowed == null ? null : Set.copyOf(allowed));
    }

    /** Whether it lets every article through. */
    public boolean isNone() {
        return dates.unbounded() && sources.isEmpty() && desks == null;
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
        return desks == null || desks.contains(desk == null ? Article.DEFAULT_DESK : desk);
    }
}
