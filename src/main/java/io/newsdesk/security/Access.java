package io.newsdesk.security;

import io.newsdesk.domain.Article;
import io.newsdesk.http.ApiException;
import io.newsdesk.index.SearchFilter;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller of this request and its desks: what the read paths filter by and the write paths check. */
@RequestScoped
public class Access {

    private final SecurityIdentity identity;
    private final DeskRights rights;

    public Access(SecurityIdentity identity, DeskRights rights) {
        this.identity = identity;
        this.rights = rights;
    }

    /** The filter asked for, within the desks the caller may read. */
    public SearchFilter restrict(SearchFilter requested) {
        return rights.restrict(requested, identity);
    }

    public boolean mayRead(Article article) {
        return rights.mayRead(identity, article.desk());
    }

    public boolean mayRead(String desk) {
        return rights.mayRead(identity, desk);
    }

    /** The desks with lists of their own that the caller may read. */
    public java.util.Set<String> readableRestrictedDesks() {
        return rights.restrictedDesks().stream().filter(desk -> rights.mayRead(identity, desk))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Throws a 403 unless the caller may change articles of this desk. */
    public void requireEdit(String desk) {
        if (!rights.mayEdit(identity, desk)) {
            throw new ApiException(403, "you may not change articles of desk \"" + desk + "\"");
        }
    }

    public boolean mayEdit(String desk) {
        return rights.mayEdit(identity, desk);
    }

    /** Whether the caller changes every desk without lists of its own (service-wide editors). */
    public boolean editsEveryOtherDesk() {
        return rights.editsUnrestricted(identity);
    }

    /** What the caller may edit, kept with work done later on its behalf (an import). */
    public Grant grant() {
        return new Grant(DeskRights.who(identity), rights.editsUnrestricted(identity),
                rights.restrictedDesks().stream().filter(desk -> rights.mayEdit(identity, desk))
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    /** Who the caller is, for the audit trail. */
    public String who() {
        return DeskRights.who(identity);
    }

    /**
     * What someone may edit, kept with a job: the desks without lists of their own when {@code everyOtherDesk}, and
     * the restricted desks named.
     */
    public record Grant(String who, boolean everyOtherDesk, java.util.Set<String> desks) {

        /** A grant for work the service does on its own (the corpus folder, feeds): every desk. */
        public static Grant service(String who) {
            return new Grant(who, true, null);
        }

        public boolean mayEdit(String desk, java.util.Set<String> restricted) {
            if (desks == null) {
                return true;
            }
            return restricted.contains(desk) ? desks.contains(desk) : everyOtherDesk;
        }
    }
}
