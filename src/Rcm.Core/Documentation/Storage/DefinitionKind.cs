namespace Rcm.Core.Documentation.Storage;

/// <summary>What a stored definition is: a template version or a payer-overlay version.</summary>
public enum DefinitionKind
{
    Template,
    Overlay,
}
