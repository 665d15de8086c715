namespace Rcm.Core.Security;

/// <summary>One Data Protection key ring element (XML) persisted in the database, so every instance shares keys.</summary>
public sealed class ProtectionKey
{
    public long Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
