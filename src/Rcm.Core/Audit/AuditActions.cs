namespace Rcm.Core.Audit;

/// <summary>Action names used in the audit trail for reads (writes use the entity event names such as <c>patient.created</c>).</summary>
public static class AuditActions
{
    public const string Read = "read";
    public const string List = "list";
    public const string Search = "search";
}
