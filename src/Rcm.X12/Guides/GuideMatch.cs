namespace Rcm.X12.Guides;

/// <summary>The result of looking a transaction up in the <see cref="GuideCatalog"/>.</summary>
/// <param name="Guide">The guide to check against, or null.</param>
/// <param name="Kind">Exact, variant, or none.</param>
public readonly record struct GuideMatch(ImplementationGuide? Guide, GuideMatchKind Kind);
