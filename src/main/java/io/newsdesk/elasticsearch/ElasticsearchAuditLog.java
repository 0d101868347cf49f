package io.newsdesk.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.newsdesk.audit.AuditEntry;
import io.newsdesk.audit.AuditLog;
import io.newsdesk.audit.AuditQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail of a shared corpus: one Elasticsearch index that every instance appends to, so the trail is
 * cluster-wide. An entry's id starts with its time in milliseconds, so ids sort as the entries happened; each append
 * waits for the refresh, so the entry is listed as soon as the change it records is acknowledged.
 */
public final class ElasticsearchAuditLog implements AuditLog {

    /** Entries fetched per search while the asker's rights pass some over. */
    private static final int SCAN = 500;

    private final ElasticsearchClient client;
    private final ElasticsearchCorpusIndex corpus;
    private final ClusterCalls calls;

    public ElasticsearchAuditLog(ElasticsearchClient client, ElasticsearchCorpusIndex corpus, ElasticsearchConfig config) {
        this.client = client;
        this.corpus = corpus;
        this.calls = new ClusterCalls(config);
    }

    /** An entry as the index holds it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Stored(String id, String at, String who, String path, String action, String articleId, String desk,
                  String previousDesk, String hashBefore, String hashAfter, String previousTitle, String previousText,
                  String job) {

        static Stored of(AuditEntry e) {
            return new Stored(e.id(), e.at().toString(), e.who(), e.path(), e.action(), e.articleId(), e.desk(),
                    e.previousDesk(), e.hashBefore(), e.hashAfter(), e.previousTitle(), e.previousText(), e.job());
        }

        AuditEntry entry() {
            return new AuditEntry(id, Instant.parse(at), who, path, action, articleId, desk, previousDesk, hashBefore,
                    hashAfter, previousTitle, previousText, job);
        }
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        corpus.ensureIndices();
        String id = String.format("%013d-%s", entry.at().toEpochMilli(), UUID.randomUUID().toString().substring(0, 8));
        AuditEntry numbered = new AuditEntry(id, entry.at(), entry.who(), entry.path(), entry.action(), entry.articleId(),
                entry.desk(), entry.previousDesk(), entry.hashBefore(), entry.hashAfter(), entry.previousTitle(),
                entry.previousText(), entry.job());
        String alias = corpus.names().audit();
        calls.call("appending to the audit trail", () -> client.index(i -> i.index(alias).id(id)
                .document(Stored.of(numbered)).refresh(Refresh.WaitFor)), IndexResponse.class);
        return numbered;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AuditEntry> find(AuditQuery query) {
        corpus.ensureIndices();
        String alias = corpus.names().audit();
        List<AuditEntry> page = new ArrayList<>();
        String before = query.after();
        while (page.size() < query.limit()) {
            String upTo = before;
            Query selected = Query.of(q -> q.bool(b -> {
                if (query.article() != null) {
                    b.filter(f -> f.term(t -> t.field("article_id").value(query.article())));
                }
                if (query.who() != null) {
                    b.filter(f -> f.term(t -> t.field("who").value(query.who())));
                }
                if (upTo != null) {
                    b.filter(f -> f.range(r -> r.term(t -> t.field("id").lt(upTo))));
                }
                return b;
            }));
            SearchResponse<Stored> response = calls.call("reading the audit trail", () -> client.search(s -> s.index(alias)
                    .size(SCAN).query(selected).sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc))), Stored.class),
                    SearchResponse.class);
            var hits = response.hits().hits();
            for (var hit : hits) {
                AuditEntry entry = hit.source().entry();
                if (query.matches(entry) && page.size() < query.limit()) {
                    page.add(entry);
                }
            }
            if (hits.size() < SCAN) {
                break;
            }
            before = hits.get(hits.size() - 1).id();
        }
        return page;
    }
}
