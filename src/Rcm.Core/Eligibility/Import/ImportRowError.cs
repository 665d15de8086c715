namespace Rcm.Core.Eligibility.Import;

/// <summary>One problem in an imported schedule: the 1-based data row (header is row 0), the column and what to fix.</summary>
public sealed record ImportRowError(int Row, string Column, string Message);
