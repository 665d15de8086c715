using Rcm.Core.Documentation.Checks;

namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// What one payer asks on top of a template: extra fields, fields made required, extra or stricter checks. Payer
/// differences stay data (CONVENTIONS.md). Versioned like templates; a note pins the overlay version it was started on.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>demo-medicaid-aba</c>.</param>
/// <param name="Version">Version number, starting at 1.</param>
/// <param name="PayerCode">The payer it applies to, by its payer code (Intake <c>Payer.PayerCode</c>).</param>
/// <param name="TemplateId">The template it extends (every version of it).</param>
/// <param name="EffectiveFrom">Notes started at or after this instant get this overlay version.</param>
/// <param name="Reason">Why the payer asks for it (policy name, bulletin), in plain words.</param>
public sealed record PayerOverlay(string Id, int Version, string PayerCode, string TemplateId, DateTimeOffset EffectiveFrom, string Reason)
{
    /// <summary>Fields the payer adds, appended after the template's fields.</summary>
    public IReadOnlyList<TemplateField> AddFields { get; init; } = [];

    /// <summary>Template fields the payer makes required.</summary>
    public IReadOnlyList<string> RequireFields { get; init; } = [];

    /// <summary>Checks the payer adds.</summary>
    public IReadOnlyList<TemplateCheck> AddChecks { get; init; } = [];

    /// <summary>Checks that replace a template check with the same <see cref="TemplateCheck.Id"/> (e.g. whole units only).</summary>
    public IReadOnlyList<TemplateCheck> ReplaceChecks { get; init; } = [];
}
