package io.newsdesk.archive;

/** How an article entered the archive. */
public enum Origin {
    /** A file of the watched corpus folder, changed while the service ran. */
    FOLDER,
    /** An uploaded file. */
    UPLOAD,
    /** A web page fetched by its address. */
    WEB,
    /** Written or replaced through the API. */
    EDIT,
    /** A line of an NDJSON import. */
    IMPORT,
    /** An item of a subscribed feed. */
    FEED
}
