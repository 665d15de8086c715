using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Faults;
using Rcm.Sandbox.RealTime;

namespace Rcm.Sandbox.Hosting;

/// <summary>
/// The test and demo controls, under <c>/control</c>: the simulated clock, faults per payer, the portal layout switch
/// and lockouts, the payment cycle, and read-only views of claims and members; plus <c>/outbox</c> (e-mails sent).
/// </summary>
public static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app, SandboxServices sandbox)
    {
        RouteGroupBuilder control = app.MapGroup("/control");
        control.MapGet("/clock", () => ClockView(sandbox));
        control.MapPost("/clock", (ClockMove move) =>
        {
            if (move.Now is null)
            {
                return Results.Problem(detail: "Give the new time as {\"now\": \"2026-04-01T09:00:00Z\"}.", statusCode: 400);
            }

            sandbox.Clock.Set(move.Now.Value, move.Frozen);
            return Results.Ok(ClockView(sandbox));
        });
        control.MapPost("/clock/advance", (ClockMove move) =>
        {
            var by = TimeSpan.FromDays(move.Days) + TimeSpan.FromHours(move.Hours) + TimeSpan.FromMinutes(move.Minutes);
            if (by <= TimeSpan.Zero)
            {
                return Results.Problem(detail: "Advance by a positive amount: {\"days\": 30} (hours and minutes also accepted).", statusCode: 400);
            }

            sandbox.Clock.Advance(by);
            return Results.Ok(ClockView(sandbox));
        });
        control.MapGet("/payers", () => sandbox.Payers.All.Select(p => new
        {
            p.Id,
            p.Name,
            Kind = p.Kind.ToString(),
            p.Portal.Title,
            PortalStyle = p.Portal.Style.ToString(),
            p.Portal.FieldScheme,
            p.Portal.Layout,
            Faults = sandbox.Faults.For(p.Id),
        }));
        control.MapPost("/payers/{id}/faults", (string id, FaultSettings settings) =>
        {
            if (sandbox.Payers.Find(id) is null)
            {
                return Results.Problem(detail: $"No sandbox payer has id {id}.", statusCode: 404);
            }

            sandbox.Faults.Set(sandbox.Payers.Get(id).Id, settings);
            return Results.Ok(sandbox.Faults.For(id));
        });
        control.MapDelete("/faults", () =>
        {
            sandbox.Faults.ClearAll();
            return Results.NoContent();
        });
        control.MapPost("/payers/{id}/portal", (string id, PortalLayoutChange change) =>
        {
            if (sandbox.Payers.Find(id) is null)
            {
                return Results.Problem(detail: $"No sandbox payer has id {id}.", statusCode: 404);
            }

            if (change.Layout is not ("standard" or "redesign"))
            {
                return Results.Problem(detail: "layout must be \"standard\" or \"redesign\".", statusCode: 400);
            }

            sandbox.Payers.SetPortalLayout(sandbox.Payers.Get(id).Id, change.Layout);
            return Results.Ok(new { id, change.Layout });
        });
        control.MapPost("/portal/unlock", () =>
        {
            sandbox.Portal.Unlock();
            return Results.NoContent();
        });
        control.MapPost("/remittance/run", () => Results.Ok(new { files = sandbox.Remittance.Process() }));
        control.MapGet("/claims", () => sandbox.Ledger.Snapshot().Select(r => new
        {
            r.ControlNumber,
            r.Claim.ClaimId,
            r.PayerId,
            State = r.State.ToString(),
            Status = ClaimStatusResponder.Status(r).Status,
            r.DueAt,
            r.InReview,
            Paid = r.Outcome?.Paid,
            ClaimStatus = r.Outcome?.Status,
            Attachments = r.Attachments.Count,
        }));
        control.MapGet("/members", (bool? all) => sandbox.Members.Scenario.Concat(all == true ? sandbox.Members.Generated : []));
        app.MapGet("/outbox", () => sandbox.Outbox.Messages);
        return app;
    }

    private static object ClockView(SandboxServices sandbox) => new { now = sandbox.Clock.GetUtcNow(), frozen = sandbox.Clock.IsFrozen };
}
