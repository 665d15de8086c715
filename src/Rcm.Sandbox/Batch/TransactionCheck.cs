using Rcm.Sandbox.Edi;

namespace Rcm.Sandbox.Batch;

/// <summary>The front-end syntax check of one 837 transaction set, as the 999 reports it.</summary>
public sealed record TransactionCheck(string SetId, string ControlNumber, string Version, IReadOnlyList<TransactionError> Errors)
{
    public bool Accepted => Errors.Count == 0;

    public static TransactionCheck Of(EdiTransaction t)
    {
        var errors = new List<TransactionError>();
        if (t.SetId != "837")
        {
            errors.Add(new TransactionError("6", $"Transaction set {t.SetId} is not a claim (837)."));
        }
        else if (!t.Version.StartsWith("005010X222", StringComparison.Ordinal) && !t.Version.StartsWith("005010X223", StringComparison.Ordinal))
        {
            errors.Add(new TransactionError("6", $"Implementation guide {t.Version} is not accepted (send 005010X222A1 or 005010X223A2)."));
        }

        (int declared, int actual) = t.SegmentCount;
        if (declared != actual)
        {
            errors.Add(new TransactionError("4", $"SE01 says {declared} segments, the set has {actual}."));
        }

        if (t.Segments[^1][2] != t.ControlNumber)
        {
            errors.Add(new TransactionError("3", "SE02 does not match ST02."));
        }

        if (t.SetId == "837" && !t.Segments.Any(s => s.Is("CLM")))
        {
            // IK304 3: required segment missing.
            errors.Add(new TransactionError("5", "The transaction set holds no claim (CLM).", "CLM", t.Segments.Count - 1, "3"));
        }

        return new TransactionCheck(t.SetId, t.ControlNumber, t.Version, errors);
    }
}
