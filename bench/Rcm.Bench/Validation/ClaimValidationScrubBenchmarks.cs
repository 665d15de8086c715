using BenchmarkDotNet.Attributes;
using Rcm.Core.Claims.X12;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;
using Rcm.Core.Validation.Reference;
using Rcm.Core.Validation.Scrubbing;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Writing;

namespace Rcm.Bench.Validation;

/// <summary>
/// <c>ClaimScrubber</c> in process on a generated 10 MB 837P of the validation benchmark's claim mix (about 22,000
/// claims, valid NPIs, ~8% held): cut into transactions, typed parse, translation, validation and the clean 837 written
/// to a discarded stream. The whole-process figure on 100 MB (`rcm claims scrub`) is measured with /usr/bin/time, see the
/// report. Run: dotnet run -c Release --project bench/Rcm.Bench -- --filter '*ClaimValidationScrub*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
public class ClaimValidationScrubBenchmarks
{
    private byte[] _file = [];
    private ClaimScrubber _scrubber = null!;

    public int Claims { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var today = new DateOnly(2026, 11, 27);
        _file = Generate(10L << 20, today);
        _scrubber = new ClaimScrubber(new ClaimValidator(CodesReferenceData.LoadShipped(), PayerRuleBook.Empty, TimeProvider.System));
    }

    [Benchmark]
    public int Scrub() => _scrubber.Scrub(_file, "bench.837", Stream.Null).ClaimCount;

    /// <summary>An 837P of about <paramref name="bytes"/> bytes, 100 claims per transaction set.</summary>
    public static byte[] Generate(long bytes, DateOnly today)
    {
        var submitter = new X12Party
        {
            Name = new X12Name { EntityIdentifier = "41", EntityType = "2", LastOrOrganizationName = "BENCH", IdentifierQualifier = "46", Identifier = "S1" },
            Contacts = [new X12Contact { Function = "IC", Name = "BILLING", Communications = [new X12Communication("TE", "5555550100")] }],
        };
        var receiver = new X12Party { Name = new X12Name { EntityIdentifier = "40", EntityType = "2", LastOrOrganizationName = "CH", IdentifierQualifier = "46", Identifier = "CH1" } };
        using var stream = new MemoryStream();
        using (var writer = new X12Writer(stream))
        {
            writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "BENCH", ReceiverQualifier = "ZZ", ReceiverId = "CH", Date = "261127", Time = "1200", ControlNumber = "000000001" });
            writer.BeginGroup(new X12GroupHeader { FunctionalIdentifier = "HC", SenderCode = "BENCH", ReceiverCode = "CH", Version = "005010X222A1", Date = "20261127", Time = "1200", ControlNumber = "1" });
            for (int t = 1; stream.Length < bytes; t++)
            {
                var claims = ClaimValidationData.Create(100, (ulong)t, today);
                foreach (var claim in claims)
                {
                    claim.ClaimId = $"T{t}-{claim.ClaimId}";
                }

                var transaction = Claim837Translator.ToTransaction(claims, submitter, receiver, "B" + t, DateTimeOffset.UnixEpoch);
                transaction.ControlNumber = t.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                Claim837Writer.Write(writer, transaction);
                writer.Flush();
            }

            writer.EndGroup();
            writer.EndInterchange();
        }

        return stream.ToArray();
    }
}
