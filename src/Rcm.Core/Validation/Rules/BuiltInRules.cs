namespace Rcm.Core.Validation.Rules;

/// <summary>Every built-in edit, in the order findings are reported. docs/rules.md lists the same ids; a test keeps the two in step.</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<ClaimRule> Create() =>
    [
        new RequiredClaimDataRule(),
        new SubscriberRequiredRule(),
        new BillingProviderRequiredRule(),
        new TotalChargeRule(),
        new ReplacementReferenceRule(),
        new LineCountRule(),
        new PlaceOfServiceRule(),
        new NpiCheckDigitRule(),
        new RequiredNpiRule(),
        new TaxonomyCodeRule(),
        new BillingTaxonomyRule(),
        new ServiceDateRule(),
        new TimelyFilingRule(),
        new BirthDateRule(),
        new DiagnosisKnownRule(),
        new DiagnosisBillableRule(),
        new DiagnosisAgeRule(),
        new DiagnosisSexRule(),
        new ManifestationPrincipalRule(),
        new DuplicateDiagnosisRule(),
        new DiagnosisCountRule(),
        new DiagnosisPointerRule(),
        new ProcedureCodeRule(),
        new ModifierRule(),
        new PtpNotAllowedRule(),
        new PtpModifierRequiredRule(),
        new MueUnitsRule(),
        new AddOnPrimaryRule(),
        new LineChargeRule(),
        new LineUnitsRule(),
        new ChargePerUnitRule(),
        new DuplicateLineRule(),
        new RevenueCodeRule(),
        new BillTypeRule(),
    ];
}
