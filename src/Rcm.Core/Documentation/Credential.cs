namespace Rcm.Core.Documentation;

/// <summary>
/// A professional credential a rendering provider holds (BCBA, RBT, LCSW, MD, PT, PTA …), compared without regard to case
/// or surrounding spaces. Phase 2 fills it from the provider's credentials in Intake; templates name credentials as plain strings.
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

    public override string ToString() => Value;
}
