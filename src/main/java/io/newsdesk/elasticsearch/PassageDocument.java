package io.newsdesk.elasticsearch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A passage as Elasticsearch holds it. The keyword fields hold terms analysed by the service (English
 * stemming), joined by spaces for Elasticsearch's whitespace analyser; {@code vectors} packs the passage's
 * vector and its sentences' vectors, which searches return instead of the indexed {@code vector}.
 *
 * @param sentences sentence spans as offsets in the article text: start, end, start, end, ...
 * @param day       the article's publication day (epoch day), null when unknown; with {@code sourceKey} and
 *                  {@code desk}, what filters read
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PassageDocument(String articleId, String version, int ordinal, int start, int end, int[] sentences,
                              float[] vector, String vectors, String terms, String titleTerms, String articleTerms,
                              Integer day, String sourceKey, String desk) {

    /** The fields a search returns: what rebuilding the passage needs, not the indexed copies. */
    static final java.util.List<String> RETURNED = java.util.List.of("article_id", "version", "ordinal", "start", "end",
            "sentences", "vectors");
}
