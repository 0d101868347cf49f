package io.newsdesk.security;

import io.newsdesk.index.SearchFilter;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who may read and edit which desk. A restricted desk (one with lists of its own in {@link DesksConfig}) is read by
 * the keys and groups its lists name, and edited by its edit lists; every other desk follows the service-wide rules:
 * read by anyone who may read at all (a reader or editor key, a reader or editor group, anybody when reads are
 * open), edited by editors. With no restricted desk the service behaves as if desks did not exist.
 *
 * <p>What a reader may not read is taken out inside retrieval ({@link #restrict}), never after it.
 */
@ApplicationScoped
public class DeskRights {

    private final Map<String, Rights> restricted = new TreeMap<>();
    private final boolean openReads;

    /** A restricted desk's readers and editors: key fingerprints and JWT groups. */
    private record Rights(Set<String> readKeys, Set<String> editKeys, Set<String> readGroups, Set<String> editGroups) {
    }

    public DeskRights(DesksConfig desks, AccessConfig access) {
        this.openReads = access.openReads();
        desks.desks().forEach((name, desk) -> {
            if (desk.restricted()) {
                restricted.put(name, new Rights(fingerprints(DesksConfig.Desk.values(desk.readKeys())),
                        fingerprints(DesksConfig.Desk.values(desk.editKeys())),
                        Set.copyOf(DesksConfig.Desk.values(desk.readGroups())),
                        Set.copyOf(DesksConfig.Desk.values(desk.editGroups()))));
            }
        });
    }

    private Set<String> fingerprints(java.util.List<String> configured) {
        Set<String> prints = new HashSet<>();
        configured.forEach(key -> prints.add(ApiKeys.fingerprint(key)));
        return prints;
    }

    /** Whether any desk has rights of its own. */
    public boolean configured() {
        return !restricted.isEmpty();
    }

    /** The restricted desks, by name. */
    public Set<String> restrictedDesks() {
        return restricted.keySet();
    }

    /** The filter a request asked for, narrowed to what this identity may read. */
    public SearchFilter restrict(SearchFilter requested, SecurityIdentity identity) {
        if (!configured()) {
            return requested;
        }
        Set<String> granted = readableRestricted(identity);
        if (readsUnrestricted(identity)) {
            Set<String> hidden = new TreeSet<>(restricted.keySet());
            hidden.removeAll(granted);
            return requested.within(null, hidden);
        }
        return requested.within(granted, Set.of());
    }

    /** Whether this identity may read articles of a desk. */
    public boolean mayRead(SecurityIdentity identity, String desk) {
        if (!restricted.containsKey(desk)) {
            return readsUnrestricted(identity);
        }
        return readableRestricted(identity).contains(desk);
    }

    /** Whether this identity may change articles of a desk (add, replace, remove, move in or out). */
    public boolean mayEdit(SecurityIdentity identity, String desk) {
        Rights rights = restricted.get(desk);
        if (rights == null) {
            return serviceWide(identity).contains(Roles.EDITOR);
        }
        String print = fingerprint(identity);
        return print != null && rights.editKeys().contains(print) || intersects(identity.getRoles(), rights.editGroups());
    }

    /** Whether this identity may change articles of the desks without lists of their own. */
    public boolean editsUnrestricted(SecurityIdentity identity) {
        return serviceWide(identity).contains(Roles.EDITOR);
    }

    /** Whether the identity reaches some restricted desk through its lists: for reading, or for editing. */
    boolean grantsAny(SecurityIdentity identity, boolean edit) {
        String print = fingerprint(identity);
        for (Rights rights : restricted.values()) {
            boolean byKey = print != null && (rights.editKeys().contains(print) || !edit && rights.readKeys().contains(print));
            boolean byGroup = intersects(identity.getRoles(), rights.editGroups())
                    || !edit && intersects(identity.getRoles(), rights.readGroups());
            if (byKey || byGroup) {
                return true;
            }
        }
        return false;
    }

    /**
     * The roles the service-wide rules give (before desks' lists add any): what reaches the desks without lists of
     * their own.
     */
    @SuppressWarnings("unchecked")
    private Set<String> serviceWide(SecurityIdentity identity) {
        Object roles = identity.getAttribute(RoleAugmentor.SERVICE_WIDE_ROLES);
        return roles instanceof Set<?> set ? (Set<String>) set : identity.getRoles();
    }

    /** Desks without lists are read by service-wide readers, and by every key or group wherever reads are open. */
    private boolean readsUnrestricted(SecurityIdentity identity) {
        return serviceWide(identity).contains(Roles.READER) || openReads;
    }

    private Set<String> readableRestricted(SecurityIdentity identity) {
        String print = fingerprint(identity);
        Set<String> desks = new TreeSet<>();
        restricted.forEach((desk, rights) -> {
            if (print != null && (rights.readKeys().contains(print) || rights.editKeys().contains(print))
                    || intersects(identity.getRoles(), rights.readGroups()) || intersects(identity.getRoles(), rights.editGroups())) {
                desks.add(desk);
            }
        });
        return desks;
    }

    /** Who an identity is, for the audit trail: a key's fingerprint or a token's subject; never a key. */
    public static String who(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        String print = fingerprint(identity);
        return print != null ? print : "jwt:" + identity.getPrincipal().getName();
    }

    private static String fingerprint(SecurityIdentity identity) {
        Object client = identity.getAttribute(ApiKeyAuthenticationMechanism.CLIENT_ATTRIBUTE);
        return client instanceof String print && print.startsWith("key-") ? print : null;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String value : b) {
            if (a.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
