using Rcm.X12.Transactions;
using Rcm.X12.Transactions.ClaimStatus;

namespace Rcm.X12.Tests.Properties;

/// <summary>Random 276 requests: the 20 → 21 → 19 → 22 (→ 23) tree with claims and service lines to ask about.</summary>
public static class ClaimStatusGenerator
{
    public static ClaimStatusRequest276 Create(int seed)
    {
        var r = new RandomX12Values(seed);
        return new ClaimStatusRequest276
        {
            ControlNumber = r.Digits(4),
            ImplementationReference = "005010X212",
            Header = new X12BeginningOfTransaction { StructureCode = "0010", Purpose = "13", ReferenceId = r.Id(), Date = r.Date(), Time = "1015" },
            Levels =
            [
                new ClaimStatusLevel
                {
                    LevelCode = "20",
                    Party = new X12Party { Name = r.Organization("PR", "PI") },
                    Children =
                    [
                        new ClaimStatusLevel
                        {
                            LevelCode = "21",
                            Party = new X12Party { Name = r.Organization("41", "46") },
                            Children = r.Several(1, 2, _ => new ClaimStatusLevel
                            {
                                LevelCode = "19",
                                Party = new X12Party { Name = r.Organization("1P", "XX") },
                                Children = r.Several(1, 3, _ => Member(r, "22")),
                            }),
                        },
                    ],
                },
            ],
        };
    }

    private static ClaimStatusLevel Member(RandomX12Values r, string level)
    {
        bool withDependent = level == "22" && r.Chance(30);
        return new ClaimStatusLevel
        {
            LevelCode = level,
            Demographics = level == "23" || !withDependent ? r.Demographics() : null,
            Party = new X12Party { Name = level == "22" ? r.Person("IL") : r.Person("QC") with { IdentifierQualifier = null, Identifier = null } },
            Claims = withDependent ? [] : r.Several(1, 2, _ => Claim(r)),
            Children = withDependent ? [Member(r, "23")] : [],
        };
    }

    private static ClaimStatusClaim Claim(RandomX12Values r) => new()
    {
        Trace = new X12TraceNumber { TraceType = "1", ReferenceId = r.Id() },
        References = [r.Reference("EJ")],
        Amounts = [new X12Amount("T3", r.Money())],
        Dates = [r.Chance(50) ? r.D8("472") : r.Range("472")],
        ServiceLines = r.Several(0, 3, _ => new ClaimStatusServiceLine
        {
            Procedure = r.Procedure(),
            Charge = r.Money(900),
            Units = r.Chance(50) ? r.Between(1, 3) : null,
            References = r.Chance(30) ? [r.Reference("FJ")] : [],
            Dates = [r.D8("472")],
        }),
    };
}
