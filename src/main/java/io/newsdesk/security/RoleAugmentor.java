package io.newsdesk.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Completes every identity's roles, whatever authenticated it (API key, JWT, or nobody): an editor is
 * also a reader, and with open reads ({@code newsdesk.api.open-reads=true}) an anonymous client is a
 * reader too. Read endpoints can then simply say {@code @RolesAllowed("reader")}.
 */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    private final boolean openReads;

    public RoleAugmentor(AccessConfig config) {
        this.openReads = config.openReads();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        boolean reader = identity.hasRole(Roles.EDITOR) || (identity.isAnonymous() && openReads);
        if (!reader || identity.hasRole(Roles.READER)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.READER).build());
    }
}
