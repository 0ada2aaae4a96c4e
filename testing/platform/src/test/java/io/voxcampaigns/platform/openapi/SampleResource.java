package io.voxcampaigns.platform.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Operations of the test application, as the services declare theirs: public ones under /v3, a webhook outside. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/")
public class SampleResource {

    @GET
    @Path("/v3/samples")
    public String list() {
        return "[]";
    }

    @GET
    @Path("/v3/paged-samples")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "the resource's own wording")
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    public String pagedList() {
        return "{}";
    }

    @GET
    @Path("/v3/samples/{sample_id}")
    @APIResponse(responseCode = "404", description = "No such sample, said by the resource")
    public String get(@PathParam("sample_id") String id) {
        return "{}";
    }

    @POST
    @Path("/webhooks/samples")
    public String webhook() {
        return "{}";
    }
}
