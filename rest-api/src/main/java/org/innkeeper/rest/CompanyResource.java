package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.CompanyService;
import org.innkeeper.application.dto.CompanyAccountView;
import org.innkeeper.application.dto.CompanyForm;
import org.innkeeper.application.dto.CompanyView;
import org.innkeeper.application.dto.LedgerPaymentRequest;
import org.innkeeper.rest.platform.Idempotent;

/** Companies billed directly and the city ledger: their accounts, payments and the ageing list. */
@Path("companies")
@ApplicationScoped
@Idempotent
@RolesAllowed({FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "City ledger", description = "Companies billed directly, their open items, payments and ageing (staff)")
public class CompanyResource {

    @EJB
    CompanyService companies;

    @Operation(summary = "Every company with what it owes")
    @GET
    public List<CompanyView> companies() {
        return companies.companies();
    }

    @Operation(summary = "Add a company (managers)", description = "Name, address and VAT ID for its invoices, and its credit limit.")
    @POST
    @RolesAllowed(MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid CompanyForm form, @Context UriInfo uri) {
        CompanyView company = companies.saveCompany(null, form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(company.id())).build()).entity(company).build();
    }

    @Operation(summary = "Change a company (managers)")
    @PUT
    @Path("{id}")
    @RolesAllowed(MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyView change(@PathParam("id") long id, @NotNull @Valid CompanyForm form) {
        return companies.saveCompany(id, form);
    }

    @Operation(summary = "A company's account: what it owes, the ageing, open invoices and every entry")
    @GET
    @Path("{id}")
    public CompanyAccountView account(@PathParam("id") long id) {
        return companies.account(id);
    }

    @Operation(summary = "A payment received from a company",
            description = "Set against its oldest open invoices; method BANK_TRANSFER, CARD or CASH.")
    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@PathParam("id") long id, @NotNull @Valid LedgerPaymentRequest request, @Context UriInfo uri) {
        CompanyAccountView account = companies.recordPayment(id, request);
        return Response.created(uri.getBaseUriBuilder().path(CompanyResource.class).path(String.valueOf(id)).build())
                .entity(account).build();
    }

    @Operation(summary = "The ageing list: every company that owes, in buckets of 0-30, 31-60, 61-90 and over 90 days")
    @GET
    @Path("ageing")
    public List<CompanyAccountView> ageing() {
        return companies.ageing();
    }
}
