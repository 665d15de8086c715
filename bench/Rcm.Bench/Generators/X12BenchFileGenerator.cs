namespace Rcm.Bench.Generators;

/// <summary>
/// Deterministic 837P (005010X222A1) and 835 (005010X221A1) files for the benchmarks: same kind, size, layout and
/// seed give the same bytes. Structure follows the guides (HL tree, NM1/N3/N4/DMG/REF/HI/SV1/DTP for claims;
/// BPR/TRN/CLP/CAS/SVC/PLB for remittances, with payments that balance). One interchange, one functional group,
/// as many transaction sets as the size needs.
/// </summary>
public sealed partial class X12BenchFileGenerator
{
    private const string Date = "20261127";
    private const string InterchangeControl = "000000101";
    private const string GroupControl = "101";

    private readonly X12BenchFileKind _kind;
    private readonly SegmentSink _sink;
    private SplitMix64 _random;
    private int _transactions;
    private int _claimNumber;

    public X12BenchFileGenerator(X12BenchFileKind kind, bool lineBreaks, ulong seed = 42)
    {
        _kind = kind;
        _sink = new SegmentSink(lineBreaks);
        _random = new SplitMix64(seed);
    }

    /// <summary>The standard file name for a kind, size and layout, e.g. <c>837p-10mb-lf.x12</c>.</summary>
    public static string FileName(X12BenchFileKind kind, int megabytes, bool lineBreaks) =>
        $"{(kind == X12BenchFileKind.Claims837P ? "837p" : "835")}-{megabytes}mb{(lineBreaks ? "-lf" : "")}.x12";

    /// <summary>A whole file of about <paramref name="targetBytes"/> bytes (never less).</summary>
    public static byte[] Generate(X12BenchFileKind kind, long targetBytes, bool lineBreaks, ulong seed = 42)
    {
        using var output = new MemoryStream((int)Math.Min(int.MaxValue, targetBytes + (1 << 16)));
        Write(kind, targetBytes, lineBreaks, seed, output);
        return output.ToArray();
    }

    /// <summary>Writes a whole file of about <paramref name="targetBytes"/> bytes to <paramref name="output"/>.</summary>
    public static void Write(X12BenchFileKind kind, long targetBytes, bool lineBreaks, ulong seed, Stream output)
    {
        var generator = new X12BenchFileGenerator(kind, lineBreaks, seed);
        byte[] header = generator.Header();
        output.Write(header);
        long written = header.Length;
        while (written < targetBytes - 64)
        {
            byte[] transaction = generator.NextTransaction();
            output.Write(transaction);
            written += transaction.Length;
        }

        output.Write(generator.Trailer());
    }

    /// <summary>ISA and GS.</summary>
    public byte[] Header()
    {
        _sink.Add("ISA", "00", "          ", "00", "          ", "ZZ", "OPENRCMBENCH   ", "ZZ", "CLEARINGHOUSE  ",
            Date[2..], "1200", "^", "00501", InterchangeControl, "0", "T", ":");
        string functional = _kind == X12BenchFileKind.Claims837P ? "HC" : "HP";
        string version = _kind == X12BenchFileKind.Claims837P ? "005010X222A1" : "005010X221A1";
        _sink.Add("GS", functional, "OPENRCMBENCH", "CLEARINGHOUSE", Date, "1200", GroupControl, "X", version);
        return _sink.ToArrayAndClear();
    }

    /// <summary>The next transaction set, ST through SE.</summary>
    public byte[] NextTransaction()
    {
        _transactions++;
        string control = _transactions.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (_kind == X12BenchFileKind.Claims837P)
        {
            WriteClaimTransaction(control);
        }
        else
        {
            WriteRemittanceTransaction(control);
        }

        _sink.Add("SE", (_sink.SegmentCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), control);
        return _sink.ToArrayAndClear();
    }

    /// <summary>GE and IEA, with the counts of what was generated.</summary>
    public byte[] Trailer()
    {
        _sink.Add("GE", _transactions.ToString(System.Globalization.CultureInfo.InvariantCulture), GroupControl);
        _sink.Add("IEA", "1", InterchangeControl);
        return _sink.ToArrayAndClear();
    }

    // NPIs carry a real check digit (Luhn over the 80840 prefix + 9 digits, per CMS), so claim edits see valid NPIs.
    private string Npi()
    {
        string body = "1" + _random.Digits(8);
        int sum = 24; // the digits of the 80840 prefix, with Luhn doubling already applied
        for (int i = 0; i < 9; i++)
        {
            int digit = body[8 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private void Address()
    {
        var place = _random.Pick(SyntheticPeople.Places);
        _sink.Add("N3", $"{_random.Between(1, 9999)} {_random.Pick(SyntheticPeople.Streets)}");
        _sink.Add("N4", place.City, place.State, place.Zip);
    }
}
