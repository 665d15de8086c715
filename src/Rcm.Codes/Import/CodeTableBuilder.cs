using Rcm.Codes.Storage;

namespace Rcm.Codes.Import;

/// <summary>
/// Builds a new version of a code set on top of the current one. Two ways to add a publisher's file:
/// <list type="bullet">
/// <item><see cref="ApplySnapshot"/> for full lists without dates (ICD-10-CM order file, MUE, POS…):
/// from the effective day, listed codes are in force, changed codes get a new row, missing codes end
/// the day before.</item>
/// <item><see cref="ReplaceDated"/> for files that carry their own dates (NCCI PTP, CARC/RARC, HCPCS with
/// add/termination dates): their rows replace every row of the codes in scope.</item>
/// </list>
/// Both return a <see cref="ChangeSummary"/> comparing the set before and after on the effective day.
/// </summary>
public sealed class CodeTableBuilder
{
    private readonly Dictionary<ulong, List<CodeRow>> _rows = [];

    public CodeTableBuilder(CodeSetHeader header, IEnumerable<CodeRow> rows)
    {
        Header = header;
        foreach (CodeRow r in rows)
        {
            Add(r);
        }
    }

    public CodeSetHeader Header { get; set; }

    public int RowCount => _rows.Values.Sum(l => l.Count);

    public bool IsEmpty => _rows.Count == 0;

    /// <summary>
    /// Applies a complete list in force from <paramref name="effective"/>. In an empty table the rows are
    /// taken as in force since before the data (baseline). <paramref name="newCodesStart"/> dates codes
    /// that are new to the table when the true start is unknown (defaults to the effective day).
    /// <paramref name="inScope"/> limits which existing codes may be ended for being absent (null = all,
    /// none when <paramref name="endMissing"/> is false).
    /// </summary>
    public ChangeSummary ApplySnapshot(IEnumerable<SnapshotEntry> entries, DateOnly effective, string version,
        bool endMissing = true, DateOnly? newCodesStart = null, Func<ulong, bool>? inScope = null, uint newCodeAttributes = 0,
        bool codesOnly = false, bool inheritMissingTexts = false)
    {
        int day = effective.DayNumber;
        bool baseline = IsEmpty;
        int before = RowCount;
        int startOfNew = baseline ? CodeRow.OpenStart : (newCodesStart ?? effective).DayNumber;
        var tally = new Tally(Header.Id);
        var seen = new HashSet<ulong>();
        foreach (SnapshotEntry e in entries)
        {
            if (!seen.Add(e.Key))
            {
                throw new CodeImportException($"Code {CodeKey.Unpack(e.Key)} is listed twice in the {version} list.");
            }
            var incoming = new CodeRow(e.Key, day, CodeRow.OpenEnd, e.Attributes, e.Text, e.Detail);
            if (!_rows.TryGetValue(e.Key, out List<CodeRow>? list))
            {
                Add(incoming with { Start = startOfNew, Attributes = e.Attributes | (baseline ? 0 : newCodeAttributes) });
                tally.Added(e.Key);
                continue;
            }
            int open = list.FindLastIndex(r => r.IsOpenEnded || r.End >= day);
            if (open < 0)
            {
                list.Add(incoming);
                tally.Added(e.Key);
                continue;
            }
            CodeRow cur = list[open];
            if (inheritMissingTexts)
            {
                incoming = incoming with { Text = incoming.Text ?? cur.Text, Detail = incoming.Detail ?? cur.Detail };
            }
            if (cur.SameContent(incoming) || codesOnly)
            {
                tally.Same();
                continue;
            }
            if (FillsIn(cur, incoming))
            {
                // Only adds a text the row lacked (e.g. the official short description over derived data):
                // fill it in rather than split the code into two versions that say the same thing.
                list[open] = cur with { Text = cur.Text ?? incoming.Text, Detail = cur.Detail ?? incoming.Detail };
                tally.Same();
                continue;
            }
            if (cur.Start >= day)
            {
                list[open] = incoming with { Start = cur.Start };
            }
            else
            {
                list[open] = cur with { End = day - 1 };
                list.Insert(open + 1, incoming);
            }
            tally.Revised(e.Key);
        }
        if (endMissing)
        {
            foreach ((ulong key, List<CodeRow> list) in _rows)
            {
                if (seen.Contains(key) || (inScope is not null && !inScope(key)))
                {
                    continue;
                }
                int open = list.FindLastIndex(r => r.IsOpenEnded || r.End >= day);
                if (open < 0)
                {
                    continue;
                }
                CodeRow cur = list[open];
                if (cur.Start >= day && cur.Start != CodeRow.OpenStart)
                {
                    list.RemoveAt(open); // came in with the same version earlier: re-import replaces it
                }
                else
                {
                    list[open] = cur with { End = day - 1 };
                }
                tally.Deleted(key);
            }
            foreach (ulong k in _rows.Where(p => p.Value.Count == 0).Select(p => p.Key).ToList())
            {
                _rows.Remove(k);
            }
        }
        return tally.Summary(Header.Id, version, effective, before, RowCount);
    }

    /// <summary>
    /// Replaces every row of the codes in scope (and of every code in <paramref name="rows"/>) with the
    /// dated rows of a file that carries its own dates, and compares the set as of <paramref name="asOf"/>.
    /// </summary>
    public ChangeSummary ReplaceDated(IEnumerable<CodeRow> rows, DateOnly asOf, string version, Func<ulong, bool> inScope)
    {
        int day = asOf.DayNumber;
        int before = RowCount;
        var incoming = new Dictionary<ulong, List<CodeRow>>();
        foreach (CodeRow r in rows)
        {
            if (r.End < r.Start)
            {
                throw new CodeImportException($"Code {CodeKey.Unpack(r.Key)} in {version} ends before it starts.");
            }
            if (!incoming.TryGetValue(r.Key, out List<CodeRow>? l))
            {
                incoming[r.Key] = l = [];
            }
            l.Add(r);
        }
        var tally = new Tally(Header.Id);
        var keys = new HashSet<ulong>(incoming.Keys);
        foreach (ulong k in _rows.Keys)
        {
            if (inScope(k))
            {
                keys.Add(k);
            }
        }
        foreach (ulong key in keys)
        {
            CodeRow? old = InForce(_rows.GetValueOrDefault(key), day);
            List<CodeRow>? nl = incoming.GetValueOrDefault(key);
            CodeRow? neu = InForce(nl, day);
            if (nl is null)
            {
                _rows.Remove(key);
            }
            else
            {
                nl.Sort((a, b) => a.Start.CompareTo(b.Start));
                _rows[key] = nl;
            }
            if (old is null && neu is not null)
            {
                tally.Added(key);
            }
            else if (old is not null && neu is null)
            {
                tally.Deleted(key);
            }
            else if (old is not null && neu is not null)
            {
                if (old.Value.SameContent(neu.Value))
                {
                    tally.Same();
                }
                else
                {
                    tally.Revised(key);
                }
            }
        }
        return tally.Summary(Header.Id, version, asOf, before, RowCount);
    }

    /// <summary>The rows sorted by key then start, as the data file stores them.</summary>
    public IReadOnlyList<CodeRow> Build()
    {
        var all = new List<CodeRow>(RowCount);
        foreach (ulong key in _rows.Keys.Order())
        {
            List<CodeRow> l = _rows[key];
            l.Sort((a, b) => a.Start.CompareTo(b.Start));
            all.AddRange(l);
        }
        return all;
    }

    /// <summary>Writes the set as a data file (`.rcmc`).</summary>
    public void Write(Stream output) => CodeTableFile.Write(output, Header, Build());

    /// <summary>Loads the result as a set, without writing it (tests, dry runs).</summary>
    public ReferenceCodeSet ToCodeSet(string origin = "built")
    {
        var ms = new MemoryStream();
        Write(ms);
        ms.Position = 0;
        (CodeSetHeader h, CodeTable t) = CodeTableFile.Read(ms, origin);
        return new ReferenceCodeSet(h, t, origin);
    }

    private static bool FillsIn(in CodeRow cur, in CodeRow incoming) =>
        cur.Attributes == incoming.Attributes
        && string.Equals(cur.Text ?? incoming.Text, incoming.Text, StringComparison.Ordinal)
        && string.Equals(cur.Detail ?? incoming.Detail, incoming.Detail, StringComparison.Ordinal);

    private void Add(CodeRow r)
    {
        if (!_rows.TryGetValue(r.Key, out List<CodeRow>? l))
        {
            _rows[r.Key] = l = [];
        }
        l.Add(r);
    }

    private static CodeRow? InForce(List<CodeRow>? rows, int day)
    {
        if (rows is null)
        {
            return null;
        }
        foreach (CodeRow r in rows)
        {
            if (r.Start <= day && day <= r.End)
            {
                return r;
            }
        }
        return null;
    }

    internal static bool IsPairSet(string id) => id is CodeSetIds.NcciPtp or CodeSetIds.NcciAddOn;

    private sealed class Tally(string setId)
    {
        private readonly string _set = setId;

        private int _added, _deleted, _revised, _same;
        private readonly List<string> _a = [], _d = [], _r = [];

        public void Added(ulong k) => Note(ref _added, _a, k, _set);
        public void Deleted(ulong k) => Note(ref _deleted, _d, k, _set);
        public void Revised(ulong k) => Note(ref _revised, _r, k, _set);
        public void Same() => _same++;

        public ChangeSummary Summary(string id, string version, DateOnly eff, int before, int after) =>
            new(id, version, eff, _added, _deleted, _revised, _same, before, after, _a, _d, _r);

        private static void Note(ref int count, List<string> sample, ulong key, string set)
        {
            count++;
            if (sample.Count < ChangeSummary.SampleSize)
            {
                sample.Add(FormatKey(key, set));
            }
        }
    }

    /// <summary>A key as text; pair keys (two five-character codes) as "A/B".</summary>
    /// <summary>A key as people write it: pairs as "A/B", ICD-10-CM with its dot after the category.</summary>
    internal static string FormatKey(ulong key, string set)
    {
        if (IsPairSet(set))
        {
            (ulong a, ulong b) = CodeKey.SplitPair(key);
            return CodeKey.Unpack(a) + "/" + CodeKey.Unpack(b);
        }
        string code = CodeKey.Unpack(key);
        return set is CodeSetIds.Icd10Cm or CodeSetIds.Icd10CmEdits && code.Length > 3 ? code[..3] + "." + code[3..] : code;
    }
}
