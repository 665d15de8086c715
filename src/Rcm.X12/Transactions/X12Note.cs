namespace Rcm.X12.Transactions;

/// <summary>NTE (NTE01 reference code, NTE02 text) or, in the 278 and 271, MSG (text only).</summary>
public sealed record X12Note(string? ReferenceCode, string Text);
