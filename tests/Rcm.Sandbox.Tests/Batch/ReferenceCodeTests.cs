using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Remittance;

namespace Rcm.Sandbox.Tests.Batch;

/// <summary>
/// Realism checked against the published code lists: every CARC, RARC, group code and claim status code the sandbox
/// sends in a mixed batch exists in ../shared/reference, and OpenRCM's own typed 835 reader reads every remittance
/// completely with the same totals.
/// </summary>
public sealed class ReferenceCodeTests : IClassFixture<SandboxFixture>
{
    private static readonly DateOnly Dos = new(2026, 2, 23);
    private readonly SandboxFixture _fixture;

    public ReferenceCodeTests(SandboxFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Every_code_in_a_mixed_batch_is_a_published_code_and_the_typed_reader_agrees()
    {
        await _fixture.ResetClockAsync();
        var ch = new Clearinghouse(_fixture.Http);
        (string Payer, string Scenario, LineSpec Line)[] cases =
        [
            ("SBX01", "active", new LineSpec("99213", 150m, Dos)),
            ("SBX01", "terminated", new LineSpec("99213", 150m, Dos)),
            ("SBX01", "other_payer_primary", new LineSpec("99213", 150m, Dos)),
            ("SBX01", "active", new LineSpec("90837", 150m, Dos)),
            ("SBX01", "deductible_met", new LineSpec("99499", 150m, Dos)),
            ("SBX02", "active", new LineSpec("97110", 80m, Dos)),
            ("SBX02", "active", new LineSpec("97810", 80m, Dos)),
            ("SBX02", "prior_auth_required", new LineSpec("99213", 150m, Dos)),
            ("SBX03", "denies_missing_modifier", new LineSpec("99213", 150m, Dos)),
            ("SBX04", "deductible_met", new LineSpec("90834", 160m, Dos, "HO")),
        ];
        int n = 0;
        foreach (IGrouping<string, (string Payer, string Scenario, LineSpec Line)> payer in cases.GroupBy(c => c.Payer))
        {
            await ch.UploadAsync(X12Requests.Claims([.. payer.Select(c => Scenarios.ClaimFor(Scenarios.Get(c.Payer, c.Scenario), $"REF{++n:D3}").WithLines(c.Line))]));
        }

        await ch.UploadAsync(X12Requests.Claims([Scenarios.ClaimFor(Scenarios.Get("SBX01", "active"), "REFREJ") with { MemberId = "NOBODY", Lines = [new LineSpec("99213", 1m, Dos)] }]));
        await _fixture.AdvanceDaysAsync(40);

        IReadOnlySet<string> carc = SharedReference.Codes("carc/carc_x12_2024-06.tsv");
        IReadOnlySet<string> rarc = SharedReference.Codes("rarc/rarc_x12_2024-06.tsv");
        IReadOnlySet<string> groups = SharedReference.Codes("carc/claim_adjustment_group_codes.tsv");
        IReadOnlySet<string> categories = SharedReference.Codes("claim_status/claim_status_category_codes_507.tsv");
        IReadOnlySet<string> statuses = SharedReference.Codes("claim_status/claim_status_codes_508.tsv");
        int remittances = 0;
        foreach ((string name, string kind) in await ch.FilesAsync())
        {
            byte[] bytes = await ch.ReadAsync(name);
            if (kind == "note")
            {
                continue;
            }

            EdiDocument doc = X12Check.Valid(bytes, name);
            foreach (EdiSegment s in doc.Segments)
            {
                if (s.Is("CAS"))
                {
                    Assert.Contains(s[1], groups);
                    for (int i = 2; i <= 17 && s[i].Length > 0; i += 3)
                    {
                        Assert.Contains(s[i], carc);
                    }
                }
                else if (s.Is("LQ"))
                {
                    Assert.Contains(s[2], rarc);
                }
                else if (s.Is("MOA"))
                {
                    Assert.All(Enumerable.Range(3, 5).Select(i => s[i]).Where(v => v.Length > 0), r => Assert.Contains(r, rarc));
                }
                else if (s.Is("STC"))
                {
                    Assert.Contains(s.Component(1, 1), categories);
                    Assert.Contains(s.Component(1, 2), statuses);
                }
            }

            if (kind == "835")
            {
                remittances++;
                X12ParseResult typed = X12TransactionParser.Parse(bytes);
                Assert.True(typed.IsComplete, $"{name}: {string.Join("; ", typed.Issues.Select(i => i.Message))}");
                var claims = typed.Transactions.OfType<RemittanceTransaction835>().SelectMany(t => t.ClaimGroups).SelectMany(g => g.Claims).ToList();
                var clps = doc.Segments.Where(s => s.Is("CLP")).ToList();
                Assert.Equal(clps.Count, claims.Count);
                Assert.Equal(clps.Sum(c => EdiFormat.ParseAmount(c[4])), claims.Sum(c => c.PaidAmount));
            }
        }

        Assert.True(remittances >= 4, $"expected an 835 per payer, saw {remittances}");
    }
}
