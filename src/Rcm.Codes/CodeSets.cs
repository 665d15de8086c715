using System.Collections.Concurrent;
using System.Diagnostics;
using Rcm.Codes.Storage;

namespace Rcm.Codes;

/// <summary>
/// Every reference code set, loaded once and shared (immutable, thread-safe). Claim validation,
/// eligibility and denial handling take this as their single entry point:
/// <c>codes.Icd10.Lookup("F84.0", dos)</c>, <c>codes.Ncci.FindPair("99213", "36415", dos)</c>,
/// <c>codes.Mue.Find("97153", dos)</c>, <c>codes.Carc.Find("27", paidDate).Category</c>.
/// </summary>
public sealed class CodeSets
{
    private readonly Dictionary<string, ReferenceCodeSet> _sets;

    private CodeSets(Dictionary<string, ReferenceCodeSet> sets, IReadOnlyDictionary<string, TimeSpan> loadTimes)
    {
        _sets = sets;
        LoadTimes = loadTimes;
        Icd10 = new Icd10CmCodeSet(sets[CodeSetIds.Icd10Cm], sets[CodeSetIds.Icd10CmEdits]);
        Hcpcs = sets[CodeSetIds.Hcpcs];
        Modifiers = sets[CodeSetIds.Modifier];
        Ncci = new NcciPtpEdits(sets[CodeSetIds.NcciPtp]);
        AddOn = new AddOnCodeEdits(sets[CodeSetIds.NcciAddOn]);
        Mue = new MueEdits(sets[CodeSetIds.MuePractitioner], sets[CodeSetIds.MueOutpatient], sets[CodeSetIds.MueDme]);
        Carc = new DenialReasonCodeSet(sets[CodeSetIds.Carc], DenialCategoryTable.ReadShipped("carc-denial-categories.tsv"));
        Rarc = new DenialReasonCodeSet(sets[CodeSetIds.Rarc], DenialCategoryTable.ReadShipped("rarc-denial-categories.tsv"));
        AdjustmentGroups = sets[CodeSetIds.AdjustmentGroup];
        PlaceOfService = sets[CodeSetIds.PlaceOfService];
        ClaimStatusCategories = sets[CodeSetIds.ClaimStatusCategory];
        ClaimStatusCodes = sets[CodeSetIds.ClaimStatus];
        ServiceTypes = sets[CodeSetIds.ServiceType];
        EntityIdentifiers = sets[CodeSetIds.EntityIdentifier];
        Taxonomy = sets[CodeSetIds.Taxonomy];
    }

    public Icd10CmCodeSet Icd10 { get; }

    /// <summary>HCPCS Level II procedure codes (attribute bit 1 = not otherwise classified).</summary>
    public ReferenceCodeSet Hcpcs { get; }

    /// <summary>CPT modifier numbers and HCPCS Level II modifiers.</summary>
    public ReferenceCodeSet Modifiers { get; }

    public NcciPtpEdits Ncci { get; }
    public AddOnCodeEdits AddOn { get; }
    public MueEdits Mue { get; }
    public DenialReasonCodeSet Carc { get; }
    public DenialReasonCodeSet Rarc { get; }
    public ReferenceCodeSet AdjustmentGroups { get; }
    public ReferenceCodeSet PlaceOfService { get; }

    /// <summary>Claim status category codes (X12 element 1271 / code source 507).</summary>
    public ReferenceCodeSet ClaimStatusCategories { get; }

    /// <summary>Claim status codes (code source 508).</summary>
    public ReferenceCodeSet ClaimStatusCodes { get; }

    /// <summary>Service type codes (X12 element 1365, EB03/EQ01).</summary>
    public ReferenceCodeSet ServiceTypes { get; }

    /// <summary>Entity identifier codes (X12 element 98, NM101).</summary>
    public ReferenceCodeSet EntityIdentifiers { get; }

    /// <summary>NUCC health care provider taxonomy.</summary>
    public ReferenceCodeSet Taxonomy { get; }

    /// <summary>Wall time of the whole load.</summary>
    public TimeSpan LoadTime { get; private set; }

    /// <summary>Time spent reading each set (sets load in parallel, so these add up to more than <see cref="LoadTime"/>).</summary>
    public IReadOnlyDictionary<string, TimeSpan> LoadTimes { get; }

    /// <summary>Every set in <see cref="CodeSetIds.All"/> order.</summary>
    public IEnumerable<ReferenceCodeSet> All => CodeSetIds.All.Select(id => _sets[id]);

    public ReferenceCodeSet this[string id] =>
        _sets.TryGetValue(id, out ReferenceCodeSet? s) ? s : throw new ArgumentException($"Unknown code set '{id}'. Known: {string.Join(", ", CodeSetIds.All)}.", nameof(id));

    /// <summary>Loads the shipped sets only.</summary>
    public static CodeSets LoadShipped() => Load(null);

    /// <summary>
    /// Loads every set: for each, the newest version imported into <paramref name="dataDirectory"/>
    /// (`&lt;data&gt;/codes/&lt;id&gt;/`), else the shipped one. Sets load in parallel. A damaged data file
    /// throws <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public static CodeSets Load(string? dataDirectory)
    {
        var total = Stopwatch.StartNew();
        var sets = new ConcurrentDictionary<string, ReferenceCodeSet>();
        var times = new ConcurrentDictionary<string, TimeSpan>();
        // Largest first so the NCCI table does not start last on a busy core.
        try
        {
            Parallel.ForEach(CodeSetIds.All.OrderBy(id => id == CodeSetIds.NcciPtp ? 0 : id == CodeSetIds.Icd10Cm ? 1 : 2), id =>
            {
                var sw = Stopwatch.StartNew();
                sets[id] = CodeSetStore.Load(dataDirectory, id);
                times[id] = sw.Elapsed;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is InvalidDataException or IOException) is { } first)
        {
            // A damaged or unreadable data file: report it by path rather than as a parallel-loop failure.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
        var result = new CodeSets(new Dictionary<string, ReferenceCodeSet>(sets), new Dictionary<string, TimeSpan>(times));
        result.LoadTime = total.Elapsed;
        return result;
    }
}
