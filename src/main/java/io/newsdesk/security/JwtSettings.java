package io.newsdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Whether JWT bearer tokens (smallrye-jwt, e.g. issued by an OIDC provider) are configured: by
 * {@code mp.jwt.verify.publickey.location}, a PEM file or the provider's JWKS URL. (The inline
 * {@code mp.jwt.verify.publickey} is not counted: Quarkus generates one in dev and test mode.)
 */
@ApplicationScoped
public class JwtSettings {

    private final boolean configured;

    public JwtSettings(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation) {
        this.configured = publicKeyLocation.filter(location -> !location.isBlank()).isPresent();
    }

    public boolean configured() {
        return configured;
    }
}
