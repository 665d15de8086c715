using System.Text;

namespace Rcm.Codes.Tests;

/// <summary>Writes small files in the publishers' layouts (CMS ICD-10-CM order file, HCPCS ANWEB, NCCI PTP, MUE CSV).</summary>
internal static class OfficialFormats
{
    /// <summary>One order-file record: order 1-5, code 7-13, valid flag 15, short description 17-76, long 78-.</summary>
    public static string IcdOrder(int order, string code, bool valid, string shortText, string longText) =>
        $"{order:D5} {code,-7} {(valid ? '1' : '0')} {shortText,-60} {longText}";

    /// <summary>HCPCS records: code 1-5, sequence 6-10, record id 11, long description 12-91, short 92-119.</summary>
    public static IEnumerable<string> Hcpcs(string code, char firstRecordId, string longText, string shortText) =>
        Hcpcs(code, firstRecordId, longText, shortText, null, null);

    /// <summary>Full 320-character records with the added date in 257-264 and termination date in 273-280.</summary>
    public static IEnumerable<string> Hcpcs(string code, char firstRecordId, string longText, string shortText, string? added, string? terminated)
    {
        bool dated = added is not null;
        // CMS breaks long descriptions between words; the importer joins the records with one space.
        var parts = new List<string>();
        string rest = longText;
        while (rest.Length > 80)
        {
            int cut = rest.LastIndexOf(' ', 80);
            parts.Add(rest[..cut]);
            rest = rest[(cut + 1)..];
        }
        parts.Add(rest);
        for (int i = 0; i < parts.Count; i++)
        {
            char id = i == 0 ? firstRecordId : (char)(firstRecordId + 1);
            string record = $"{code,-5}{(i + 1) * 100:D5}{id}{parts[i],-80}{(i == 0 ? shortText : ""),-28}";
            if (dated)
            {
                record = record.PadRight(256) + (i == 0 ? added ?? "" : "").PadRight(8) + (i == 0 ? added ?? "" : "").PadRight(8)
                    + (i == 0 ? terminated ?? "" : "").PadRight(8) + (i == 0 ? "N" : " ");
                record = record.PadRight(320);
            }
            yield return record;
        }
    }

    public static string PtpHeader =>
        "CPT codes and descriptions only are copyright American Medical Association.\n"
        + "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n";

    public static string Ptp(string c1, string c2, string eff, string del, int mod, string why = "Misuse of Column Two code with Column One code") =>
        $"{c1}\t{c2}\t\t{eff}\t{del}\t{mod}\t{why}\n";

    public static string Mue(params (string Code, int Units, string Mai, string Why)[] rows)
    {
        var sb = new StringBuilder();
        sb.Append("\"CPT codes, descriptions and other data only are copyright 2025 American Medical Association, all rights reserved.\"\n");
        sb.Append("HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n");
        foreach (var r in rows)
        {
            sb.Append($"{r.Code},{r.Units},\"{r.Mai}\",\"{r.Why}\"\n");
        }
        return sb.ToString();
    }
}
