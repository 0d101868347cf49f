package io.newsdesk.security;

import java.util.Set;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Completes every identity's roles, whatever authenticated it (API key, JWT, or nobody): an editor is
 * also a reader, and with open reads ({@code newsdesk.api.open-reads=true}) an anonymous client is a
 * reader too; a key or group that only a desk's lists name gets the reader role (and the editor role for an edit
 * list), to be held to its desks by {@link DeskRights}. Read endpoints can then simply say
 * {@code @RolesAllowed("reader")}.
 */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute: the roles the service-wide rules gave, before desks' lists added any ({@link DeskRights}). */
    public static final String SERVICE_WIDE_ROLES = "newsdesk.service-wide-roles";

    private final boolean openReads;
    private final DeskRights desks;

    public RoleAugmentor(AccessConfig config, DeskRights desks) {
        this.openReads = config.openReads();
        this.desks = desks;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        boolean editor = identity.hasRole(Roles.EDITOR);
        boolean reader = editor || identity.hasRole(Roles.READER) || (identity.isAnonymous() && openReads);
        Set<String> serviceWide = editor ? Set.of(Roles.EDITOR, Roles.READER) : reader ? Set.of(Roles.READER) : Set.of();
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(SERVICE_WIDE_ROLES, serviceWide);
        // a key or group named in a desk's lists may use the read (and edit) endpoints, within its desks
        if (reader || desks.grantsAny(identity, false)) {
            builder.addRole(Roles.READER);
        }
        if (desks.grantsAny(identity, true)) {
            builder.addRole(Roles.EDITOR);
        }
        return Uni.createFrom().item(builder.build());
    }
}
