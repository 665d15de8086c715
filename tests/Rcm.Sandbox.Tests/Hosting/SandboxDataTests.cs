using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Tests.Hosting;

/// <summary>The data file: four payers with different habits, every documented scenario, seeded population, overrides.</summary>
public sealed class SandboxDataTests
{
    private static readonly string[] RequiredScenarios =
        ["active", "terminated", "terminates_mid_month", "other_payer_primary", "dependent", "prior_auth_required", "pending_long", "denies_missing_modifier"];

    [Fact]
    public void Default_data_has_four_payer_kinds_with_different_rules()
    {
        SandboxData data = SandboxDataLoader.LoadDefault();
        Assert.Equal(4, data.Payers.Count);
        Assert.Equal(Enum.GetValues<PayerKind>().Order(), data.Payers.Select(p => p.Kind).Order());
        Assert.Equal(4, data.Payers.Select(p => p.TimelyFilingDays).Distinct().Count());
        Assert.All(data.Payers, p => Assert.NotEmpty(p.PriorAuthProcedures));
        Assert.All(data.Payers, p => Assert.NotEmpty(p.RequiredModifiers));
        Assert.All(data.Payers, p => Assert.NotEmpty(p.Portal.Users));
    }

    [Fact]
    public void Member_table_has_the_exact_header_and_every_required_scenario()
    {
        string tsv = MemberTable.Render(MemberDirectory.Create(SandboxDataLoader.LoadDefault(), null), includeGenerated: false);
        string[] lines = tsv.TrimEnd('\n').Split('\n');
        Assert.Equal("payer_id\tmember_id\tfirst_name\tlast_name\tbirth_date\tscenario", lines[0]);
        string[][] rows = [.. lines.Skip(1).Select(l => l.Split('\t'))];
        Assert.All(rows, r => Assert.Equal(6, r.Length));
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r[4]));
        foreach (string scenario in RequiredScenarios)
        {
            Assert.Contains(rows, r => r[5] == scenario);
        }

        Assert.DoesNotContain(rows, r => r[5] == "generated");
    }

    [Fact]
    public void Docs_list_every_scenario_member_as_the_cli_prints_it()
    {
        string docs = File.ReadAllText(Path.Combine(Support.SharedReference.RepoRoot, "docs", "sandbox.md"));
        string tsv = MemberTable.Render(MemberDirectory.Create(SandboxDataLoader.LoadDefault(), null), includeGenerated: false);
        foreach (string line in tsv.TrimEnd('\n').Split('\n').Skip(1))
        {
            Assert.Contains("| " + line.Replace("\t", " | ", StringComparison.Ordinal) + " |", docs);
        }
    }

    [Fact]
    public void Generated_population_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        SandboxData data = SandboxDataLoader.LoadDefault();
        string a = MemberTable.Render(MemberDirectory.Create(data, 11), includeGenerated: true);
        string b = MemberTable.Render(MemberDirectory.Create(data, 11), includeGenerated: true);
        string c = MemberTable.Render(MemberDirectory.Create(data, 12), includeGenerated: true);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(data.Members.Count + (4 * data.GeneratedMembersPerPayer) + 1, a.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Medicaid_population_churns_more_than_commercial()
    {
        MemberDirectory members = MemberDirectory.Create(SandboxDataLoader.LoadDefault() with { GeneratedMembersPerPayer = 400 }, 5);
        double Churn(string payer) => members.Generated.Where(m => m.PayerId == payer).Average(m => m.Terminated is null ? 0.0 : 1.0);
        Assert.True(Churn("SBX03") > 2 * Churn("SBX01"), $"Medicaid churn {Churn("SBX03"):P0} vs commercial {Churn("SBX01"):P0}");
    }

    [Fact]
    public void Data_file_given_by_path_overrides_the_default_and_errors_name_the_problem()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sbx-data-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "payers": [ { "id": "ONE", "name": "Only Payer", "plans": [ { "id": "P", "name": "Plan" } ] } ], "members": [ { "payerId": "ONE", "memberId": "X1", "planId": "P", "effective": "2025-01-01", "scenario": "active", "person": { "firstName": "A", "lastName": "B", "birthDate": "1990-01-01" } } ] }""");
        try
        {
            SandboxData data = SandboxDataLoader.LoadFile(path);
            Assert.Equal("ONE", Assert.Single(data.Payers).Id);
            File.WriteAllText(path, """{ "payers": [ { "id": "ONE", "name": "P", "plans": [ { "id": "P", "name": "Plan" } ] } ], "members": [ { "payerId": "TWO", "memberId": "X1", "planId": "P", "effective": "2025-01-01", "person": { "firstName": "A", "lastName": "B", "birthDate": "1990-01-01" } } ] }""");
            var e = Assert.Throws<SandboxConfigurationException>(() => SandboxDataLoader.LoadFile(path));
            Assert.Contains("unknown payer TWO", e.Message);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Contains("not found", Assert.Throws<SandboxConfigurationException>(() => SandboxDataLoader.LoadFile(path)).Message);
    }
}
