namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>
/// One HL level of a 276/277: its name loop, trace numbers, statuses (STC at the receiver and provider levels of a
/// 277CA), totals, the claims it holds (2200x) and its child levels.
/// </summary>
public sealed record ClaimStatusLevel
{
    /// <summary>HL03: <c>20</c> information source, <c>21</c> receiver, <c>19</c> provider of service, <c>22</c> subscriber, <c>23</c> dependent, <c>PT</c> patient (277CA).</summary>
    public string LevelCode { get; set; } = string.Empty;

    /// <summary>DMG at the subscriber and dependent levels of a 276 (2000D/E).</summary>
    public X12Demographics? Demographics { get; set; }

    /// <summary>The 2100x name loop (NM1 PR, 41, 1P, IL, QC…).</summary>
    public X12Party? Party { get; set; }

    /// <summary>TRN at this level (277CA 2200A/B/C batch and provider traces).</summary>
    public List<X12TraceNumber> TraceNumbers { get => field ??= []; set; }

    /// <summary>STC at this level (277CA 2200B/C).</summary>
    public List<ClaimStatusInformation> Statuses { get => field ??= []; set; }

    /// <summary>QTY at this level (277CA: <c>90</c> accepted, <c>AA</c> rejected).</summary>
    public List<X12Quantity> Quantities { get => field ??= []; set; }

    /// <summary>AMT at this level (277CA: <c>YU</c> accepted, <c>YY</c> rejected amounts).</summary>
    public List<X12Amount> Amounts { get => field ??= []; set; }

    /// <summary>DTP at this level.</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>REF at this level.</summary>
    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>Loops 2200D/E (276/277) or the 277CA claim status tracking.</summary>
    public List<ClaimStatusClaim> Claims { get => field ??= []; set; }

    public List<ClaimStatusLevel> Children { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
