package io.newsdesk.api;

import io.newsdesk.audit.AuditEntry;
import io.newsdesk.audit.AuditLog;
import io.newsdesk.audit.AuditQuery;

import io.newsdesk.http.ApiException;
import io.newsdesk.http.FilterParams;
import io.newsdesk.http.QueryParams;
import io.newsdesk.security.Access;
import io.newsdesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The audit trail, for editors: every change to the articles of the desks they may change, newest first. An entry of
 * a replaced or deleted article carries its previous title and text, so a vandalised article can be put back.
 */
@RolesAllowed(Roles.EDITOR)
@Path("/api/audit")
@Tag(name = "Audit", description = "Who changed which article, when, and what it said before")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_PAGE = 500;

    private final AuditLog log;
    private final Access access;

    public AuditResource(AuditLog log, Access access) {
        this.log = log;
        this.access = access;
    }

    @GET
    @Operation(summary = "A page of the audit trail, newest first",
            description = "article, who (a key's fingerprint or jwt:<subject>), from/to (ISO dates or date-times), "
                    + "limit (1–500, default 100), after (the id of the last entry of the previous page). Only entries "
                    + "of desks the caller may change are listed; an import job's own entries only to editors of every "
                    + "desk without lists.")
    public AuditPage list(@QueryParam("article") String article, @QueryParam("who") String who,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("limit") String limit, @QueryParam("after") String after) {
        int size = QueryParams.wholeNumber(limit, "limit", 100, 1, MAX_PAGE);
        Instant start = start(from);
        Instant end = end(to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ApiException.badRequest("\"from\" is after \"to\"");
        }
        try {
            List<AuditEntry> entries = log.find(new AuditQuery(blank(article), blank(who), start, end, blank(after), size,
                    this::visible));
            return new AuditPage(entries, entries.size() == size ? entries.get(entries.size() - 1).id() : null);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** Whether the caller may see an entry: it changes the desks of the entry's article (both, for a move). */
    private boolean visible(AuditEntry entry) {
        if (entry.desk() == null) {
            return access.editsEveryOtherDesk();
        }
        return access.mayEdit(entry.desk()) && (entry.previousDesk() == null || access.mayEdit(entry.previousDesk()));
    }

    private static Instant start(String value) {
        var day = FilterParams.day(value, "from");
        return day == null ? null : value.contains("T") ? java.time.OffsetDateTime.parse(value.strip()).toInstant()
                : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant end(String value) {
        var day = FilterParams.day(value, "to");
        return day == null ? null : value.contains("T") ? java.time.OffsetDateTime.parse(value.strip()).toInstant()
                : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A page of the trail.
     *
     * @param next the {@code after} value for the next page, or null when this is the last
     */
    public record AuditPage(List<AuditEntry> entries, String next) {
    }
}
