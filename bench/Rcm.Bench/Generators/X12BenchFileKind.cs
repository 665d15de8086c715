namespace Rcm.Bench.Generators;

/// <summary>The transaction a generated benchmark file carries.</summary>
public enum X12BenchFileKind
{
    /// <summary>837 professional claims, 005010X222A1.</summary>
    Claims837P,

    /// <summary>835 claim payment / remittance advice, 005010X221A1.</summary>
    Remittance835,
}
