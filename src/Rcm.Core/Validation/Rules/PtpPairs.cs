using Rcm.Core.Claims;
using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>Finds the NCCI PTP edit between two lines of the same date, whichever line holds the column 1 code.</summary>
internal static class PtpPairs
{
    /// <summary>The edit between the lines; <paramref name="column2"/> is the line whose code the edit denies.</summary>
    public static PtpEdit Find(in ClaimValidationContext context, ServiceLine a, ServiceLine b, out ServiceLine column1, out ServiceLine column2)
    {
        column1 = a;
        column2 = b;
        if (a.ServiceDate != b.ServiceDate || string.Equals(a.ProcedureCode, b.ProcedureCode, StringComparison.Ordinal))
        {
            return PtpEdit.None;
        }

        var edit = context.Codes.Ptp(a.ProcedureCode, b.ProcedureCode, a.ServiceDate);
        if (edit is PtpEdit.None or PtpEdit.NotApplicable)
        {
            edit = context.Codes.Ptp(b.ProcedureCode, a.ProcedureCode, a.ServiceDate);
            column1 = b;
            column2 = a;
        }

        return edit;
    }
}
