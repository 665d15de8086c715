using Rcm.X12.Envelopes;
using Rcm.X12.Guides;

namespace Rcm.X12.Validation;

/// <summary>The verdict on one transaction set: which guide checked it and what was found between its ST and SE.</summary>
public sealed class X12TransactionValidation
{
    internal X12TransactionValidation(X12TransactionEnvelope envelope, X12GroupEnvelope? group, string version,
        GuideMatch match, IReadOnlyList<X12Issue> issues)
    {
        Envelope = envelope;
        Group = group;
        Version = version;
        Guide = match.Guide;
        Match = match.Kind;
        Issues = issues;
    }

    /// <summary>ST/SE facts: set id, control number, positions.</summary>
    public X12TransactionEnvelope Envelope { get; }

    /// <summary>The functional group holding it, when there is one.</summary>
    public X12GroupEnvelope? Group { get; }

    /// <summary>The version the transaction declares (ST03, else GS08).</summary>
    public string Version { get; }

    /// <summary>The guide it was checked against, or null when none applies.</summary>
    public ImplementationGuide? Guide { get; }

    /// <summary>Whether the guide matched exactly, as a variant, or not at all.</summary>
    public GuideMatchKind Match { get; }

    /// <summary>Findings from its ST through its SE, in file order.</summary>
    public IReadOnlyList<X12Issue> Issues { get; }

    /// <summary>True when no finding is an error.</summary>
    public bool IsValid => !Issues.Any(i => i.Severity == X12Severity.Error);
}
