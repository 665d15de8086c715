using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

/// <summary>The built-in catalog, loaded once for the test run (immutable, so sharing it is safe).</summary>
internal static class Catalogs
{
    private static readonly Lazy<TemplateCatalog> Lazy = new(BuiltInTemplates.Load);

    public static TemplateCatalog BuiltIn => Lazy.Value;

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    public static readonly string[] TemplateIds = ["aba-therapy", "bh-psychotherapy", "pc-office-visit", "pt-treatment", "telehealth-visit"];
}
