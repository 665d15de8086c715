namespace Rcm.Core.Documentation;

/// <summary>The work queues documentation problems go to (names the WorkQueues stage stores items under).</summary>
public static class DocumentationQueues
{
    /// <summary>A rendering provider's own queue of notes to complete or correct; items carry the provider id.</summary>
    public const string ProviderDocumentation = "documentation.provider";

    /// <summary>For visits with no known rendering provider: the practice's documentation lead triages them.</summary>
    public const string Unassigned = "documentation.unassigned";
}
