using Rcm.Core.Shared;

namespace Rcm.Core.Documentation;

/// <summary>
/// A professional credential a rendering provider holds (BCBA, RBT, LCSW, MD, PT, PTA …), compared without regard to case
/// or surrounding spaces. Templates name credentials as plain strings, so a credential Intake does not list yet (PTA,
/// BCBA-D) can still be named in a template and matched once providers carry it.
/// </summary>
public readonly record struct Credential
{
    public Credential(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.Trim().ToUpperInvariant();
    }

    /// <summary>The credential in upper case, e.g. <c>BCBA-D</c>.</summary>
    public string Value { get; }

    /// <summary>The credential of an Intake provider; none for <see cref="ProviderCredential.Other"/>, which names nothing a template can match.</summary>
    public static IReadOnlyList<Credential> Of(ProviderCredential credential) =>
        credential == ProviderCredential.Other ? [] : [new Credential(credential.ToString())];

    public override string ToString() => Value;
}
