using System.Globalization;

namespace Rcm.Bench.Generators;

public sealed partial class X12BenchFileGenerator
{
    private const int ClaimPaymentsPerTransaction = 50;

    // 005010X221A1: BPR/TRN/DTM header, 1000A payer, 1000B payee, 2000 LX, 2100 CLP claims with 2110 SVC lines, PLB.
    // Balancing (X221A1 section 1.10.2): per line SVC02 - sum(CAS) = SVC03; per claim CLP03 = sum(SVC02),
    // CLP04 = sum(SVC03); BPR02 = sum(CLP04) - sum(PLB adjustments).
    private void WriteRemittanceTransaction(string control)
    {
        long paidTotal = 0;
        var claims = new List<string[]>();
        for (int c = 0; c < ClaimPaymentsPerTransaction; c++)
        {
            paidTotal += BuildClaimPayment(claims);
        }

        long providerAdjustment = _random.Next(4) == 0 ? _random.Between(100, 5000) : 0;
        long payment = paidTotal - providerAdjustment;
        string trace = _random.Digits(10);

        _sink.Add("ST", "835", control); // X221A1: ST03 is not used in the 835
        _sink.Add("BPR", "I", SyntheticPeople.Amount(payment), "C", "ACH", "CCP", "01", "0" + _random.Digits(8), "DA",
            _random.Digits(10), "1" + _random.Digits(9), "", "01", "0" + _random.Digits(8), "DA", _random.Digits(10), Date);
        _sink.Add("TRN", "1", trace, "1" + _random.Digits(9));
        _sink.Add("DTM", "405", Date);
        _sink.Add("N1", "PR", _random.Pick(SyntheticPeople.Payers));
        Address();
        _sink.Add("PER", "BL", "PROVIDER SERVICES", "TE", "800" + _random.Digits(7));
        _sink.Add("N1", "PE", "OPENRCM BENCH CLINIC", "XX", Npi());
        _sink.Add("REF", "TJ", _random.Digits(9));
        _sink.Add("LX", "1");
        foreach (string[] segment in claims)
        {
            _sink.Add(segment);
        }

        if (providerAdjustment != 0)
        {
            _sink.Add("PLB", "1" + _random.Digits(9), "20261231", "WO:" + _random.Digits(8), SyntheticPeople.Amount(providerAdjustment));
        }
    }

    /// <summary>Adds one CLP with its service lines to <paramref name="segments"/>; returns CLP04.</summary>
    private long BuildClaimPayment(List<string[]> segments)
    {
        _claimNumber++;
        int lines = _random.Between(1, 6);
        var services = new List<string[]>();
        long charged = 0, paid = 0, patient = 0;
        for (int i = 0; i < lines; i++)
        {
            var (code, cents) = _random.Pick(SyntheticPeople.Procedures);
            long allowed = cents * _random.Between(55, 90) / 100;
            long coinsurance = _random.Next(3) == 0 ? allowed * _random.Between(5, 20) / 100 : 0;
            long linePaid = allowed - coinsurance;
            charged += cents;
            paid += linePaid;
            patient += coinsurance;
            string serviceDate = $"2026{_random.Between(1, 11):D2}{_random.Between(1, 28):D2}";
            services.Add(["SVC", "HC:" + code, SyntheticPeople.Amount(cents), SyntheticPeople.Amount(linePaid), "", "1"]);
            services.Add(["DTM", "472", serviceDate]);
            services.Add(["CAS", "CO", "45", SyntheticPeople.Amount(cents - allowed)]);
            if (coinsurance != 0)
            {
                services.Add(["CAS", "PR", "2", SyntheticPeople.Amount(coinsurance)]);
            }

            services.Add(["AMT", "B6", SyntheticPeople.Amount(allowed)]);
        }

        string status = paid == 0 ? "4" : "1";
        segments.Add(["CLP", "C" + _claimNumber.ToString("D9", CultureInfo.InvariantCulture), status,
            SyntheticPeople.Amount(charged), SyntheticPeople.Amount(paid), patient == 0 ? "" : SyntheticPeople.Amount(patient),
            "12", "PCN" + _random.Digits(11), _random.Pick(SyntheticPeople.PlacesOfService), "1"]);
        segments.Add(["NM1", "QC", "1", _random.Pick(SyntheticPeople.LastNames), _random.Pick(SyntheticPeople.FirstNames), "", "", "", "MI", "M" + _random.Digits(9)]);
        segments.Add(["DTM", "232", Date]);
        segments.AddRange(services);
        return paid;
    }
}
