namespace Rcm.Core.Coding;

/// <summary>What a coding suggestion changes.</summary>
public enum SuggestionKind
{
    /// <summary>Units of a timed service from the documented minutes.</summary>
    Units,

    /// <summary>A modifier to add (credential, telehealth, 25).</summary>
    AddModifier,

    /// <summary>A modifier to take off (e.g. GT where the payer wants 95).</summary>
    RemoveModifier,

    PlaceOfService,

    DiagnosisPointers,
}
