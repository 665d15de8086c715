using System.Globalization;
using System.Text;

namespace Rcm.Sandbox.Members;

/// <summary>
/// The member list printed by <c>rcm sandbox --members</c>: tab-separated, one header line, birth dates as
/// YYYY-MM-DD; scenario members first, the generated population (scenario <c>generated</c>) only when asked.
/// </summary>
public static class MemberTable
{
    public const string Header = "payer_id\tmember_id\tfirst_name\tlast_name\tbirth_date\tscenario";

    public static string Render(MemberDirectory directory, bool includeGenerated)
    {
        var text = new StringBuilder(Header).Append('\n');
        IEnumerable<Member> rows = directory.Scenario;
        if (includeGenerated)
        {
            rows = rows.Concat(directory.Generated);
        }

        foreach (Member m in rows)
        {
            text.Append(m.PayerId).Append('\t')
                .Append(m.MemberId).Append('\t')
                .Append(Clean(m.Person.FirstName)).Append('\t')
                .Append(Clean(m.Person.LastName)).Append('\t')
                .Append(m.Person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\t')
                .Append(m.Scenario ?? "generated").Append('\n');
        }

        return text.ToString();
    }

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ');
}
