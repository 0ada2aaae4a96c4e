package io.voxcampaigns.platform.auth;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.voxcampaigns.events.apikey.ApiKeyRevoked;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/**
 * The API keys revoked through {@code DELETE /v3/api-keys/{id}}, as every replica of every service learns them from
 * {@code api-key.events}: each instance reads the compacted topic from its beginning with a consumer group of its own
 * (so every instance sees every revocation, a restarted one all of them), and {@link ApiKeyFilter} refuses a listed
 * key at once. Verification stays local: with the key service down, keys keep working and revocations already
 * published keep holding. A record that is not an {@code ApiKeyRevoked} is dead-lettered.
 */
@ApplicationScoped
public class RevokedKeys {

    private static final Logger LOG = Logger.getLogger(RevokedKeys.class);

    private final Set<String> keyIds = ConcurrentHashMap.newKeySet();

    @Incoming("api-key-revocations")
    public void onRecord(byte[] payload) {
        if (!(EventCodec.decode(payload) instanceof ApiKeyRevoked revoked)) {
            throw new UnprocessableEventException("only ApiKeyRevoked belongs on api-key.events");
        }
        if (keyIds.add(revoked.getKeyId())) {
            LOG.infof("API key %s of organisation %s revoked", revoked.getKeyId(), revoked.getOrganizationId());
        }
    }

    /** Whether the key was revoked. */
    public boolean contains(String keyId) {
        return keyIds.contains(keyId);
    }
}
