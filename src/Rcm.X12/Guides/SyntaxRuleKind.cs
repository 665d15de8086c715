namespace Rcm.X12.Guides;

/// <summary>X12 relational conditions between elements of one segment (X12.6 §3.7 "syntax notes").</summary>
public enum SyntaxRuleKind
{
    /// <summary>P: if any of the elements is present, all are required.</summary>
    Paired,

    /// <summary>R: at least one of the elements is required.</summary>
    RequiredOne,

    /// <summary>E: not more than one of the elements may be present.</summary>
    Exclusion,

    /// <summary>C: if the first element is present, all the others are required.</summary>
    Conditional,

    /// <summary>L: if the first element is present, at least one of the others is required.</summary>
    ListConditional,
}
