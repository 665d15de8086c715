using System.Text;
using Rcm.Codes.Storage;
using static Rcm.Codes.Import.FieldParsing;

namespace Rcm.Codes.Import;

/// <summary>
/// HCPCS Level II record file (HCPCYYYY_MMM_ANWEB*.txt), per the CMS record layout: code 1-5, sequence
/// 6-10, record id 11 (3 = procedure, 4 = its continuation, 7 = modifier, 8 = its continuation), long
/// description 12-91 (continued on later records), short description 92-119, and on full-length records
/// the code-added date 257-264, action effective date 265-272 and termination date 273-280 (CCYYMMDD).
/// With those dates the rows are dated and replace the codes the file lists (CMS keeps terminated codes in
/// the file for a year, so they end on their termination date instead of coming back to life); without
/// them the file is taken as a full list in force from its release date.
/// </summary>
internal static class HcpcsRecordParser
{
    private const int AddedAt = 256, TerminatedAt = 272, DatedLength = 280;

    private sealed record Code(ulong Key, bool Modifier, StringBuilder LongText, string? ShortText, DateOnly? Added, DateOnly? Terminated);

    public static ParsedCodeFile[] Parse(SourceLines src, ImportOptions opt)
    {
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, fiscalYear: false)
            ?? throw src.Error(0, "cannot tell the release from the file name (HCPCYYYY_MMM…); give --effective YYYY-MM-DD.");
        bool dated = HasDates(src.FirstLine, out _, out _);
        var codes = new List<Code>();
        string? current = null;
        for (int i = 0; i < src.Lines.Count; i++)
        {
            string l = src.Lines[i];
            if (l.Trim().Length == 0)
            {
                continue;
            }
            if (!OfficialFileParser.HcpcsRecord().IsMatch(l))
            {
                throw src.Error(i + 1, "not an HCPCS record (expected code in 1-5, sequence in 6-10, record id 3/4/7/8 in 11).");
            }
            string c = l[..5].Trim();
            char rec = l[10];
            string desc = l.Length > 11 ? l[11..Math.Min(91, l.Length)].Trim() : "";
            if (rec is '3' or '7')
            {
                DateOnly? added = null, terminated = null;
                if (dated && !HasDates(l, out added, out terminated))
                {
                    throw src.Error(i + 1, "the added/termination dates in columns 257-280 are not CCYYMMDD dates.");
                }
                if (terminated < added)
                {
                    throw src.Error(i + 1, $"termination date {terminated:yyyy-MM-dd} is before the added date {added:yyyy-MM-dd}.");
                }
                current = c;
                codes.Add(new Code(FieldParsing.Code(src, i + 1, c, "HCPCS code"), rec == '7', new StringBuilder(desc),
                    l.Length > 91 ? Text(l[91..Math.Min(119, l.Length)]) : null, added, terminated));
            }
            else
            {
                if (current != c)
                {
                    throw src.Error(i + 1, $"continuation record for {c} does not follow its first record.");
                }
                codes[^1].LongText.Append(' ').Append(desc);
            }
        }
        string version = $"HCPCS {eff:yyyy MMMM}";
        DateOnly through = QuarterEnd(eff);
        return [Build(codes, false, dated, CodeSetIds.Hcpcs), Build(codes, true, dated, CodeSetIds.Modifier)];

        ParsedCodeFile Build(List<Code> all, bool modifiers, bool withDates, string set)
        {
            List<Code> mine = all.Where(x => x.Modifier == modifiers).ToList();
            if (!withDates)
            {
                return new ParsedCodeFile
                {
                    SetId = set, Version = version, Effective = eff, DataThrough = through, Source = Path.GetFileName(src.Name),
                    Snapshot = mine.Select(x => new SnapshotEntry(x.Key, 0, Text(x.LongText.ToString()), x.ShortText)).ToList(),
                    EndMissing = !modifiers, Gaps = modifiers ? null : [],
                };
            }
            var keys = mine.Select(x => x.Key).ToHashSet();
            return new ParsedCodeFile
            {
                SetId = set, Version = version, Effective = eff, DataThrough = through, Source = Path.GetFileName(src.Name),
                DatedRows = mine.Select(x => new CodeRow(x.Key, StartDay(x.Added), EndDay(x.Terminated), 0, Text(x.LongText.ToString()), x.ShortText)).ToList(),
                Scope = keys.Contains, Gaps = modifiers ? null : [],
            };
        }
    }

    /// <summary>True when the record is long enough and its added/termination fields are dates or blank.</summary>
    private static bool HasDates(string line, out DateOnly? added, out DateOnly? terminated)
    {
        added = terminated = null;
        if (line.Length < DatedLength)
        {
            return false;
        }
        return Date(line.Substring(AddedAt, 8), out added) && Date(line.Substring(TerminatedAt, 8), out terminated) && added is not null;
    }

    private static bool Date(string field, out DateOnly? date)
    {
        date = null;
        if (field.Trim().Length == 0)
        {
            return true;
        }
        if (DateOnly.TryParseExact(field, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly d))
        {
            date = d;
            return true;
        }
        return false;
    }
}
