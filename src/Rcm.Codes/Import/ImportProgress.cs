namespace Rcm.Codes.Import;

/// <summary>Progress of an import: which step, how far through it.</summary>
public readonly record struct ImportProgress(string Step, int Done, int Total);
