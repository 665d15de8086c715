namespace Rcm.X12.Validation;

/// <summary>How much an <see cref="X12Issue"/> matters: an error rejects the transaction, a warning does not.</summary>
public enum X12Severity
{
    Error,
    Warning,
    Info,
}
