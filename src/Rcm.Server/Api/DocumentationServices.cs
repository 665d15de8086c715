using Rcm.Core.Documentation.Storage;

namespace Rcm.Server.Api;

/// <summary>Registers the documentation stage (one line in PlatformServices).</summary>
public static class DocumentationServices
{
    public static IServiceCollection AddDocumentation(this IServiceCollection services)
    {
        services.AddSingleton<PracticeTemplates>();
        services.AddScoped<VisitDocumentation>();
        services.AddAuthorization(DocumentationAccess.Add);
        return services;
    }
}
