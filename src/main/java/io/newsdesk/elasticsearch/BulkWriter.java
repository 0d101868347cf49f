package io.newsdesk.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes index and delete operations in bulk requests of a bounded size, retried like every call. A
 * delete of something already gone is fine (instances may race); any other item error fails the write.
 */
final class BulkWriter {

    private final ElasticsearchClient client;
    private final ClusterCalls calls;
    private final int perRequest;

    BulkWriter(ElasticsearchClient client, ClusterCalls calls, int perRequest) {
        this.client = client;
        this.calls = calls;
        this.perRequest = Math.max(1, perRequest);
    }

    void write(List<Operation> operations) {
        for (int from = 0; from < operations.size(); from += perRequest) {
            BulkRequest.Builder request = new BulkRequest.Builder();
            operations.subList(from, Math.min(operations.size(), from + perRequest))
                    .forEach(operation -> request.operations(operation.toBulkOperation()));
            BulkRequest built = request.build();
            BulkResponse response = calls.call("bulk write", () -> client.bulk(built), BulkResponse.class);
            if (response.errors()) {
                Set<String> reasons = new LinkedHashSet<>();
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null && item.status() != 404) {
                        reasons.add(item.error().type() + ": " + item.error().reason());
                    }
                }
                if (!reasons.isEmpty()) {
                    throw new ClusterUnavailable("bulk write failed: " + String.join("; ", reasons), null);
                }
            }
        }
    }

    /** One index (a document) or delete (no document) of a bulk request. */
    record Operation(String index, String id, Object document) {

        static Operation index(String index, String id, Object document) {
            return new Operation(index, id, document);
        }

        static Operation delete(String index, String id) {
            return new Operation(index, id, null);
        }

        BulkOperation toBulkOperation() {
            return document == null
                    ? BulkOperation.of(o -> o.delete(d -> d.index(index).id(id)))
                    : BulkOperation.of(o -> o.index(i -> i.index(index).id(id).document(document)));
        }
    }
}
