using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Portal;

/// <summary>How a payer's portal renders right now: its field names and whether results are a table or cards.</summary>
public sealed record PortalView(PayerProfile Payer, PortalFields Fields, PortalStyle Style, bool Redesigned)
{
    public string Base => $"/portal/{Payer.Id}";

    public static PortalView For(PayerProfile payer)
    {
        bool redesigned = payer.Portal.Layout == "redesign";
        PortalFields fields = redesigned ? PortalFields.Redesign : payer.Portal.FieldScheme == "alt" ? PortalFields.Alternate : PortalFields.Classic;
        // The redesign flips the result layout: table portals move to cards and card portals to tables.
        PortalStyle style = redesigned ? (payer.Portal.Style == PortalStyle.Table ? PortalStyle.Cards : PortalStyle.Table) : payer.Portal.Style;
        return new PortalView(payer, fields, style, redesigned);
    }
}
