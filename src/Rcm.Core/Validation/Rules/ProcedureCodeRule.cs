using Rcm.Core.Claims;
using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>HCP001: every procedure code is a CPT or HCPCS code valid on its date of service (not unknown, not terminated).</summary>
public sealed class ProcedureCodeRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("HCP001", FindingSeverity.Block, "Procedure code unknown or not valid on the date of service");

    public ProcedureCodeRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        foreach (var line in context.Claim.Lines)
        {
            if (line.ProcedureCode.Length == 0)
            {
                // X223A2 2400 SV202 is situational: an institutional line may carry only its revenue code.
                if (context.Claim.Kind == ClaimKind.Professional)
                {
                    Report(findings, LineField(line.Number, "procedureCode"), line.Number, "The line has no procedure code.", "Enter the CPT or HCPCS code of the service.");
                }

                continue;
            }

            switch (context.Codes.Procedure(line.ProcedureCode, line.ServiceDate))
            {
                case ProcedureCodeStatus.Unknown:
                    Report(findings, LineField(line.Number, "procedureCode"), line.Number, $"'{line.ProcedureCode}' is not a CPT or HCPCS code.", "Enter the five-character procedure code from the fee schedule.");
                    break;
                case ProcedureCodeStatus.Terminated:
                    Report(findings, LineField(line.Number, "procedureCode"), line.Number, $"HCPCS code '{line.ProcedureCode}' was terminated before {line.ServiceDate:yyyy-MM-dd}.", "Use the code that replaced it (see the HCPCS cross-reference) and update the fee schedule.");
                    break;
            }
        }
    }
}
