using System.Globalization;

namespace Rcm.Bench.Generators;

public sealed partial class X12BenchFileGenerator
{
    private const int ClaimsPerTransaction = 100;

    // 005010X222A1: header, 1000A submitter, 1000B receiver, 2000A billing provider, then per claim a 2000B
    // subscriber HL (patient = subscriber, SBR02 = 18) with 2010BA/2010BB, 2300 claim, 2310B rendering, 2400 lines.
    private void WriteClaimTransaction(string control)
    {
        _sink.Add("ST", "837", control, "005010X222A1");
        _sink.Add("BHT", "0019", "00", "B" + control + _random.Digits(6), Date, "1200", "CH");
        _sink.Add("NM1", "41", "2", "OPENRCM BENCH CLINIC", "", "", "", "", "46", "S" + _random.Digits(8));
        _sink.Add("PER", "IC", "BILLING OFFICE", "TE", "555" + _random.Digits(7));
        _sink.Add("NM1", "40", "2", "CLEARINGHOUSE", "", "", "", "", "46", "CH0001");
        _sink.Add("HL", "1", "", "20", "1");
        _sink.Add("PRV", "BI", "PXC", "207Q00000X");
        _sink.Add("NM1", "85", "2", "OPENRCM BENCH CLINIC", "", "", "", "", "XX", Npi());
        Address();
        _sink.Add("REF", "EI", _random.Digits(9));

        for (int c = 0; c < ClaimsPerTransaction; c++)
        {
            string hl = (c + 2).ToString(CultureInfo.InvariantCulture);
            _sink.Add("HL", hl, "1", "22", "0");
            _sink.Add("SBR", "P", "18", "GRP" + _random.Digits(5), "", "", "", "", "", "CI");
            string last = _random.Pick(SyntheticPeople.LastNames);
            string first = _random.Pick(SyntheticPeople.FirstNames);
            _sink.Add("NM1", "IL", "1", last, first, "", "", "", "MI", "M" + _random.Digits(9));
            Address();
            _sink.Add("DMG", "D8", $"19{_random.Between(40, 99)}{_random.Between(1, 12):D2}{_random.Between(1, 28):D2}", _random.Next(2) == 0 ? "F" : "M");
            _sink.Add("NM1", "PR", "2", _random.Pick(SyntheticPeople.Payers), "", "", "", "", "PI", "P" + _random.Digits(5));
            WriteClaim();
        }
    }

    private void WriteClaim()
    {
        _claimNumber++;
        int lines = _random.Between(1, 6);
        var procedures = new (string Code, int Cents, int Units)[lines];
        long total = 0;
        for (int i = 0; i < lines; i++)
        {
            var procedure = _random.Pick(SyntheticPeople.Procedures);
            int units = procedure.Code == "97110" ? _random.Between(1, 4) : 1;
            procedures[i] = (procedure.Code, procedure.Cents, units);
            total += (long)procedure.Cents * units;
        }

        string pos = _random.Pick(SyntheticPeople.PlacesOfService);
        _sink.Add("CLM", "C" + _claimNumber.ToString("D9", CultureInfo.InvariantCulture), SyntheticPeople.Amount(total), "", "",
            $"{pos}:B:1", "Y", "A", "Y", "Y");
        _sink.Add("REF", "D9", "VAN" + _random.Digits(10));
        int diagnoses = _random.Between(1, 4);
        var hi = new string[diagnoses + 1];
        hi[0] = "HI";
        for (int d = 0; d < diagnoses; d++)
        {
            hi[d + 1] = $"{(d == 0 ? "ABK" : "ABF")}:{_random.Pick(SyntheticPeople.Diagnoses)}";
        }

        _sink.Add(hi);
        _sink.Add("NM1", "82", "1", _random.Pick(SyntheticPeople.LastNames), _random.Pick(SyntheticPeople.FirstNames), "", "", "", "XX", Npi());
        _sink.Add("PRV", "PE", "PXC", "207Q00000X");
        string pointers = diagnoses switch { 1 => "1", 2 => "1:2", 3 => "1:2:3", _ => "1:2:3:4" };
        for (int i = 0; i < lines; i++)
        {
            var (code, cents, units) = procedures[i];
            _sink.Add("LX", (i + 1).ToString(CultureInfo.InvariantCulture));
            _sink.Add("SV1", "HC:" + code, SyntheticPeople.Amount((long)cents * units), "UN",
                units.ToString(CultureInfo.InvariantCulture), "", "", pointers);
            _sink.Add("DTP", "472", "D8", $"2026{_random.Between(1, 11):D2}{_random.Between(1, 28):D2}");
            _sink.Add("REF", "6R", "L" + _random.Digits(8));
        }
    }
}
