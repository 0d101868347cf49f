package io.newsdesk.audit;

import java.util.List;

/**
 * The audit trail: every change to the corpus, appended durably before the change is acknowledged. A file under the
 * data folder for one instance ({@link FileAuditLog}); an Elasticsearch index that every instance writes to when the
 * corpus is shared ({@link ElasticsearchAuditLog}).
 */
public interface AuditLog {

    /** Appends an entry durably and returns it with its id. */
    AuditEntry append(AuditEntry entry);

    /** A page of the entries the query selects, newest first. */
    List<AuditEntry> find(AuditQuery query);
}
