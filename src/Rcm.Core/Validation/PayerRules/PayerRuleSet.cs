namespace Rcm.Core.Validation.PayerRules;

/// <summary>One version of one payer rule set as read from a file: which payers it covers, from when, and the compiled profile.</summary>
public sealed record PayerRuleSet(string Name, string Version, DateOnly Effective, IReadOnlyList<string> PayerIds, PayerProfile Profile);
