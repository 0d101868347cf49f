package io.newsdesk.elasticsearch;

/** The Elasticsearch cluster could not be reached, or could not serve a request, even after retries. */
public class ClusterUnavailable extends RuntimeException {

    public ClusterUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
