namespace Rcm.Core.Validation.Reference;

/// <summary>What an NCCI add-on code edit says about a code (CMS add-on code edit types 1, 2 and 3).</summary>
public enum AddOnKind
{
    NotAddOn,

    /// <summary>Type 1: paid only with one of the primary codes on its list.</summary>
    ListedPrimary,

    /// <summary>Types 2 and 3: needs a primary service, but CMS gives no (complete) list of them.</summary>
    AnyPrimary,
}
