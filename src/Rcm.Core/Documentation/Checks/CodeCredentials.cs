namespace Rcm.Core.Documentation.Checks;

/// <summary>The credentials permitted to render a group of codes, e.g. 97155 by a BCBA or BCBA-D.</summary>
/// <param name="Codes">Service codes.</param>
/// <param name="Credentials">Credentials any one of which permits them.</param>
public sealed record CodeCredentials(IReadOnlyList<string> Codes, IReadOnlyList<string> Credentials);
