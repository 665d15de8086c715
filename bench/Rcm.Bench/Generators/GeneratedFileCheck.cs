using System.Buffers.Text;
using Rcm.X12.Envelopes;
using Rcm.X12.Reading;

namespace Rcm.Bench.Generators;

/// <summary>
/// Checks a generated file the way a receiver would: envelopes (counts, control numbers) with
/// <see cref="X12EnvelopeScanner"/>, and for 835s the balancing rules of X221A1 section 1.10.2 (SVC02 − ΣCAS = SVC03,
/// CLP03 = ΣSVC02, CLP04 = ΣSVC03, BPR02 = ΣCLP04 − ΣPLB). Amounts are compared in cents.
/// </summary>
internal static class GeneratedFileCheck
{
    /// <summary>Problems found, empty when the file is sound.</summary>
    public static List<string> Check(string path)
    {
        var problems = new List<string>();
        using (FileStream file = File.OpenRead(path))
        {
            X12EnvelopeReport report = X12EnvelopeScanner.Scan(file);
            problems.AddRange(report.Issues.Select(i => $"{i.Code} segment {i.SegmentOrdinal}: {i.Message}"));
        }

        using (FileStream file = File.OpenRead(path))
        {
            var balance = new RemittanceBalance(problems);
            using var source = new X12StreamReader(file);
            source.ReadAll(balance.Observe);
        }

        return problems;
    }

    private sealed class RemittanceBalance(List<string> problems)
    {
        private long _payment, _claimPaidTotal, _providerAdjustments;
        private long _claimCharge, _claimPaid, _lineChargeTotal, _linePaidTotal;
        private long _lineCharge = -1, _linePaid, _lineAdjustments;
        private long _claimOrdinal;

        public void Observe(ref X12SegmentReader s)
        {
            ReadOnlySpan<byte> id = s.SegmentId;
            if (id.SequenceEqual("BPR"u8))
            {
                _payment = Cents(s.Element(2));
                _claimPaidTotal = _providerAdjustments = 0;
            }
            else if (id.SequenceEqual("CLP"u8))
            {
                EndClaim();
                _claimOrdinal = s.SegmentOrdinal;
                _claimCharge = Cents(s.Element(3));
                _claimPaid = Cents(s.Element(4));
                _claimPaidTotal += _claimPaid;
            }
            else if (id.SequenceEqual("SVC"u8))
            {
                EndLine(s.SegmentOrdinal);
                _lineCharge = Cents(s.Element(2));
                _linePaid = Cents(s.Element(3));
                _lineChargeTotal += _lineCharge;
                _linePaidTotal += _linePaid;
            }
            else if (id.SequenceEqual("CAS"u8))
            {
                for (int amount = 3; amount <= s.ElementCount; amount += 3)
                {
                    _lineAdjustments += Cents(s.Element(amount));
                }
            }
            else if (id.SequenceEqual("PLB"u8))
            {
                for (int amount = 4; amount <= s.ElementCount; amount += 2)
                {
                    _providerAdjustments += Cents(s.Element(amount));
                }
            }
            else if (id.SequenceEqual("SE"u8) && _claimOrdinal > 0)
            {
                EndClaim();
                if (_payment != _claimPaidTotal - _providerAdjustments)
                {
                    problems.Add($"segment {s.SegmentOrdinal}: BPR02 {_payment} ≠ ΣCLP04 {_claimPaidTotal} − ΣPLB {_providerAdjustments} (cents)");
                }

                _claimOrdinal = 0;
            }
        }

        private void EndLine(long ordinal)
        {
            if (_lineCharge >= 0 && _lineCharge - _lineAdjustments != _linePaid)
            {
                problems.Add($"before segment {ordinal}: SVC02 {_lineCharge} − ΣCAS {_lineAdjustments} ≠ SVC03 {_linePaid} (cents)");
            }

            _lineCharge = -1;
            _lineAdjustments = 0;
        }

        private void EndClaim()
        {
            if (_claimOrdinal == 0)
            {
                return;
            }

            EndLine(_claimOrdinal);
            if (_claimCharge != _lineChargeTotal || _claimPaid != _linePaidTotal)
            {
                problems.Add($"claim at segment {_claimOrdinal}: CLP03/CLP04 {_claimCharge}/{_claimPaid} ≠ ΣSVC02/ΣSVC03 {_lineChargeTotal}/{_linePaidTotal} (cents)");
            }

            _lineChargeTotal = _linePaidTotal = 0;
        }

        private static long Cents(ReadOnlySpan<byte> amount) =>
            Utf8Parser.TryParse(amount, out decimal value, out _) ? (long)decimal.Round(value * 100) : 0;
    }
}
