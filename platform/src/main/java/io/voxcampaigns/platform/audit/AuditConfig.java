package io.voxcampaigns.platform.audit;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The audit trail of state-changing API requests (prefix vox.audit). */
@ConfigMapping(prefix = "vox.audit")
public interface AuditConfig {

    /** The service named in its audit events. */
    @WithDefault("${quarkus.application.name}")
    String service();

    /**
     * Operations that take a body but change nothing ("METHOD /exact/path", e.g.
     * {@code POST /v3/agents/validate-flow}): neither their answers nor their refusals are audited.
     */
    Optional<List<String>> readOnlyOperations();
}
