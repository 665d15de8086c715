using Rcm.X12.Guides;
using Rcm.X12.Validation.Rules;

namespace Rcm.X12.Validation;

/// <summary>The cross-segment rules that apply to a guide's transactions.</summary>
internal static class TransactionRules
{
    public static TransactionRule[] For(ImplementationGuide guide)
    {
        var rules = new List<TransactionRule> { new DatePeriodRule() };
        if (guide.Transaction.FindLoop("2000A") is { Trigger.Id: "HL" })
        {
            rules.Add(new HierarchyRule());
        }

        switch (guide.TransactionSetId, guide.Version)
        {
            case ("837", "005010X222A1"):
                rules.Add(new SubscriberPatientRule());
                rules.Add(new ClaimChargeRule("SV1", 2));
                rules.Add(new ReplacementClaimRule());
                break;
            case ("837", "005010X223A2"):
                rules.Add(new SubscriberPatientRule());
                rules.Add(new ClaimChargeRule("SV2", 3));
                rules.Add(new ReplacementClaimRule());
                break;
            case ("835", _):
                rules.Add(new RemittanceBalanceRule());
                break;
        }

        return rules.ToArray();
    }
}
