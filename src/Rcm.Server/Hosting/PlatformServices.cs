using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rcm.Core.Audit;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Server.Demo;
using Rcm.Server.Jobs;
using Rcm.Server.Security;

namespace Rcm.Server.Hosting;

/// <summary>Service registration for the platform, grouped by concern.</summary>
public static class PlatformServices
{
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddRcmPlatform(this IServiceCollection services, RcmHostOptions options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddRcmDatabase(options.Database);
        services.AddScoped<IActorContext, HttpActorContext>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<DemoPracticeSeeder>();
        services.AddSingleton<SecretProtector>();
        Api.ClaimsServices.AddClaims(services);
        Api.DocumentationServices.AddDocumentation(services);

        services.AddDataProtection().SetApplicationName("OpenRCM");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(options.Database)));

        AddJson(services);
        AddSecurity(services);
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", AccessPolicies.Staff);
            o.Conventions.AuthorizeFolder("/Patients", AccessPolicies.PatientsRead);
            o.Conventions.AuthorizeFolder("/Audit", AccessPolicies.AuditRead);
            o.Conventions.AllowAnonymousToFolder("/Account");
        }).ConfigureApplicationPartManager(m =>
        {
            var asm = typeof(RcmHost).Assembly;
            // The host's entry assembly (rcm, or a test runner) does not lead MVC to our pages: add this assembly's
            // parts (types and compiled Razor items) through its own part factory.
            if (m.ApplicationParts.Any(p => p.Name == asm.GetName().Name)) return;
            foreach (var part in Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartFactory.GetApplicationPartFactory(asm).GetApplicationParts(asm))
                m.ApplicationParts.Add(part);
        });
        services.AddRcmJobs(options.Database);
        services.AddEligibility();
        return services;
    }

    private static void AddJson(IServiceCollection services)
    {
        services.Configure<JsonOptions>(o =>
        {
            // Unknown fields are refused (400 naming the field) rather than silently dropped: a typo in an
            // integration must not lose data.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
    }

    private static void AddSecurity(IServiceCollection services)
    {
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 10;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<RcmDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "rcm";
                o.DefaultChallengeScheme = "rcm";
            })
            .AddPolicyScheme("rcm", "API key or staff cookie", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.Name = "rcm_auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        services.ConfigureExternalCookie(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "rcm_csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<IClaimsTransformation, StaffClaimsTransformation>();
        services.AddAuthorization(AccessPolicies.Add);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client IP: 10 sign-in attempts a minute, on top of Identity's per-account lockout.
            // Only attempts (POST) count; showing the form does not.
            o.AddPolicy(SignInRateLimit, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
        });
    }

    /// <summary>The API answers 401/403 (problem details via status code pages); pages redirect to sign-in.</summary>
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
