namespace Rcm.Core.Shared;

/// <summary>Patient's relationship to the subscriber (X12 individual relationship code, 837 SBR02/PAT01: 18, 01, 19, G8).</summary>
public enum SubscriberRelationship
{
    Self,
    Spouse,
    Child,
    Other,
}
