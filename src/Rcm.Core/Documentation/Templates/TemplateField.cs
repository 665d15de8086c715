namespace Rcm.Core.Documentation.Templates;

/// <summary>One field of a documentation template.</summary>
/// <param name="Id">Stable key (snake_case) used in note values, checks, overlays and the report.</param>
/// <param name="Label">What the provider sees, and what findings call the field.</param>
/// <param name="Type">What the field holds (see <see cref="FieldType"/> for the value formats).</param>
public sealed record TemplateField(string Id, string Label, FieldType Type)
{
    /// <summary>The note cannot be signed or coded while this field is empty.</summary>
    public bool Required { get; init; }

    /// <summary>The field decides payment: a gap here is what turns into a denial. Shown first and highlighted.</summary>
    public bool HighRisk { get; init; }

    /// <summary>Required only when this condition holds (e.g. modifier 25 support when modifier 25 is billed).</summary>
    public FieldCondition? RequiredWhen { get; init; }

    /// <summary>For <see cref="FieldType.Choice"/>: the option ids.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>For <see cref="FieldType.Code"/>: the codes this template accepts; empty means any code matching <see cref="Pattern"/>.</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>For <see cref="FieldType.Code"/>: a regular expression each code must match (e.g. the ICD-10-CM shape).</summary>
    public string? Pattern { get; init; }

    /// <summary>For <see cref="FieldType.Code"/>: several codes may be given, separated by commas.</summary>
    public bool Multiple { get; init; }

    /// <summary>For <see cref="FieldType.Signature"/>: the signing act itself fills this field (the rendering provider's signature).</summary>
    public bool SignsNote { get; init; }

    /// <summary>What the value means to coding (see <see cref="FieldRole"/>); <see cref="FieldRole.None"/> for narrative fields.</summary>
    public FieldRole Role { get; init; }

    /// <summary>Why the field matters for payment; shown as help text and in docs/templates.md.</summary>
    public string? Why { get; init; }
}
