using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rcm.Sandbox.Faults;
using Rcm.Sandbox.Hosting;
using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Portal;

/// <summary>
/// The payer web portals under <c>/portal/{payerId}/</c>: sign-in (password, then TOTP or e-mailed code), home, claim
/// status, eligibility and benefits, prior authorizations, attachment upload, sign-out. Every page goes through the
/// payer's faults (latency, 500s, timeouts).
/// </summary>
public static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app, SandboxServices sandbox)
    {
        app.MapMethods("/portal/{payer}/{**path}", ["GET", "POST"], context => HandleAsync(context, sandbox));
        app.MapGet("/portal/{payer}", context =>
        {
            context.Response.Redirect($"/portal/{context.Request.RouteValues["payer"]}/login");
            return Task.CompletedTask;
        });
        return app;
    }

    private static async Task HandleAsync(HttpContext context, SandboxServices sandbox)
    {
        PayerProfile? payer = sandbox.Payers.Find(context.Request.RouteValues["payer"] as string);
        if (payer is null)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("No such payer portal.");
            return;
        }

        FaultKind fault = await FaultGate.EnterAsync(context, sandbox.Faults, payer.Id, canBeMalformed: false);
        if (fault is FaultKind.ServerError or FaultKind.Timeout)
        {
            return;
        }

        var view = PortalView.For(payer);
        string path = (context.Request.RouteValues["path"] as string ?? string.Empty).Trim('/');
        bool post = HttpMethods.IsPost(context.Request.Method);
        string cookieName = $"sbx_{payer.Id}";
        switch (path)
        {
            case "login" when !post:
                string? notice = context.Request.Query.ContainsKey("expired") ? "Your session has expired. Please sign in again." : null;
                await Html(context, PortalSignInPages.Login(view, notice, error: notice is not null));
                return;
            case "login":
                await LoginAsync(context, sandbox, view);
                return;
            case "verify" when !post:
                SignInChallenge? challenge = sandbox.Portal.Challenge(context.Request.Query["c"].ToString());
                await Html(context, challenge is null
                    ? PortalSignInPages.Login(view, "Your verification step has expired. Please sign in again.", error: true)
                    : PortalSignInPages.Verify(view, challenge, null));
                return;
            case "verify":
                await VerifyAsync(context, sandbox, view, cookieName);
                return;
        }

        PortalSession? session = sandbox.Portal.Session(payer.Id, context.Request.Cookies[cookieName], out bool expired);
        if (session is null)
        {
            context.Response.Redirect($"{view.Base}/login{(expired ? "?expired=1" : string.Empty)}");
            return;
        }

        if (post)
        {
            IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form["__form_token"].ToString() != session.FormToken)
            {
                context.Response.StatusCode = 400;
                await Html(context, PortalHtml.Page(view, "Request rejected", "<p>This form has expired. Reload the page and try again.</p>", true, null));
                return;
            }
        }

        var pages = new PortalPages(sandbox, view, session);
        string[] parts = path.Split('/');
        switch (parts)
        {
            case ["home"] or [""]:
                await Html(context, pages.Home());
                return;
            case ["claims"]:
                await Html(context, pages.Claims(context.Request.Query));
                return;
            case ["eligibility"]:
                await Html(context, pages.Eligibility(context.Request.Query));
                return;
            case ["authorizations"]:
                await Html(context, pages.Authorizations(context.Request.Query));
                return;
            case ["claims", string icn, "attachments"] when !post:
                await Html(context, pages.AttachmentForm(icn, null, false));
                return;
            case ["claims", string icn, "attachments"]:
                (int status, string html) = await pages.UploadAsync(icn, context.Request.Form.Files.GetFile(view.Fields.File));
                context.Response.StatusCode = status;
                await Html(context, html);
                return;
            case ["logout"]:
                sandbox.Portal.SignOut(session.Token);
                context.Response.Cookies.Delete(cookieName, new CookieOptions { Path = view.Base });
                await Html(context, PortalSignInPages.Login(view, "You have signed out.", error: false));
                return;
            default:
                context.Response.StatusCode = 404;
                await Html(context, PortalHtml.Page(view, "Page not found", "<p>The page you requested does not exist.</p>", true));
                return;
        }
    }

    private static async Task LoginAsync(HttpContext context, SandboxServices sandbox, PortalView view)
    {
        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        SignInResult result = sandbox.Portal.CheckPassword(view.Payer.Id, form[view.Fields.User].ToString(), form[view.Fields.Password].ToString());
        if (result.Challenge is null)
        {
            context.Response.StatusCode = result.Locked ? 423 : 401;
            await Html(context, PortalSignInPages.Login(view, result.Error, error: true));
            return;
        }

        if (result.Challenge.Factor == "email")
        {
            await sandbox.Outbox.SendAsync(
                sandbox.Portal.EmailOf(result.Challenge) ?? "unknown@example.test",
                $"{view.Payer.Portal.Title} verification code",
                $"Your one-time verification code is {result.Challenge.EmailCode}. It expires in 10 minutes.");
        }

        context.Response.Redirect($"{view.Base}/verify?c={result.Challenge.Id}");
    }

    private static async Task VerifyAsync(HttpContext context, SandboxServices sandbox, PortalView view, string cookieName)
    {
        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        string challengeId = form["c"].ToString();
        SignInChallenge? challenge = sandbox.Portal.Challenge(challengeId);
        SignInResult result = sandbox.Portal.CheckCode(challengeId, form[view.Fields.Code].ToString());
        if (result.Session is null)
        {
            context.Response.StatusCode = result.Locked ? 423 : 401;
            await Html(context, challenge is null || result.Locked
                ? PortalSignInPages.Login(view, result.Error, error: true)
                : PortalSignInPages.Verify(view, challenge, result.Error));
            return;
        }

        context.Response.Cookies.Append(cookieName, result.Session.Token, new CookieOptions { Path = view.Base, HttpOnly = true, SameSite = SameSiteMode.Lax });
        context.Response.Redirect($"{view.Base}/home");
    }

    private static Task Html(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }
}
