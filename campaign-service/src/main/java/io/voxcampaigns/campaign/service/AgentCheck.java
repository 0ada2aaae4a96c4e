package io.voxcampaigns.campaign.service;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.client.AgentServiceClient;
import io.voxcampaigns.campaign.client.AgentServiceClient.Answer;
import io.voxcampaigns.campaign.client.AgentServiceClient.Verdict;
import io.voxcampaigns.campaign.domain.AgentVersionRequest;
import io.voxcampaigns.campaign.persistence.AgentView;
import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * Checks a campaign's agent and version against the agent read model and resolves the version to the one every
 * call uses. The read model may lag behind agent-service, so anything it does not know yet (an unknown agent, an
 * unpublished production version, a missing v{n}) is asked of agent-service before answering 400; only facts that
 * never change back (deleted, another organisation's) are final from the read model alone.
 */
@ApplicationScoped
public class AgentCheck {

    private static final String AGENT_ID = "agent.agent_id";
    private static final String AGENT_VERSION = "agent.agent_version";
    private static final String NO_AGENT = "no such agent in this organisation";

    private final AgentServiceClient agentService;

    AgentCheck(AgentServiceClient agentService) {
        this.agentService = agentService;
    }

    /** The resolved version (current or v{n}), or null after adding the problem to {@code errors}. */
    public Uni<String> resolve(String organizationId, UUID agentId, AgentVersionRequest version, String authorization,
                               ValidationErrors errors) {
        return AgentView.<AgentView>findById(agentId).chain(view -> {
            if (view != null && (!view.organizationId.equals(organizationId) || view.deleted)) {
                errors.add(AGENT_ID, view.deleted && view.organizationId.equals(organizationId)
                        ? "the agent was deleted" : NO_AGENT);
                return Uni.createFrom().nullItem();
            }
            String resolved = view == null ? null : fromView(view, version);
            if (resolved != null) {
                return Uni.createFrom().item(resolved);
            }
            return agentService.find(agentId.toString(), version.label(), authorization)
                    .map(answer -> fromAgentService(answer, version, errors));
        });
    }

    private static String fromView(AgentView view, AgentVersionRequest version) {
        if (version.isCurrent()) {
            return AgentVersionRequest.CURRENT;
        }
        if (version.isProduction()) {
            return view.productionVersion;
        }
        return Arrays.asList(view.versionLabels.split(",")).contains(version.label()) ? version.label() : null;
    }

    private static String fromAgentService(Answer answer, AgentVersionRequest version, ValidationErrors errors) {
        if (answer.verdict() == Verdict.UNAVAILABLE) {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE,
                    "the agent could not be verified right now; retry shortly", Map.of("field", AGENT_ID));
        }
        if (answer.verdict() == Verdict.FORBIDDEN) {
            // only asked while the agent's events have not arrived yet, with the caller's own key
            throw new ApiException(ErrorCode.FORBIDDEN, "this API key lacks the 'agents' scope, needed to check an "
                    + "agent this service has not heard of yet; retry shortly, or use a key that also has 'agents'",
                    Map.of("missing_scope", ApiKeyClaims.SCOPE_AGENTS, "field", AGENT_ID));
        }
        if (answer.verdict() == Verdict.NO_AGENT) {
            errors.add(AGENT_ID, NO_AGENT);
            return null;
        }
        if (answer.verdict() == Verdict.NO_VERSION || version.isProduction() && answer.productionVersion() == null) {
            errors.add(AGENT_VERSION, version.isProduction()
                    ? "the agent has no published production version"
                    : "the agent has no version " + version.label());
            return null;
        }
        return version.isProduction() ? answer.productionVersion() : version.label();
    }
}
