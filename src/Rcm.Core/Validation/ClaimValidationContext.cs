using Rcm.Core.Claims;
using Rcm.Core.Validation.PayerRules;
using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation;

/// <summary>Everything a rule may look at while checking one claim. A struct passed by reference: no allocation per claim.</summary>
/// <param name="Claim">The claim under validation.</param>
/// <param name="Codes">Reference code sets, looked up by date of service.</param>
/// <param name="Payer">The payer's profile and rules (an empty profile for an unknown payer).</param>
/// <param name="Today">The date validation runs (for timely filing and future dates), from the injected TimeProvider.</param>
public readonly record struct ClaimValidationContext(Claim Claim, IClaimReferenceData Codes, PayerProfile Payer, DateOnly Today);
