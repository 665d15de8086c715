using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Eligibility;

namespace Rcm.X12.Tests.Properties;

/// <summary>Random 270 inquiries: source, receiver, subscribers with dependents and EQ service types.</summary>
public static class EligibilityGenerator
{
    public static EligibilityInquiry270 Create(int seed)
    {
        var r = new RandomX12Values(seed);
        return new EligibilityInquiry270
        {
            ControlNumber = r.Digits(4),
            ImplementationReference = "005010X279A1",
            Header = new X12BeginningOfTransaction { StructureCode = "0022", Purpose = "13", ReferenceId = r.Id(), Date = r.Date(), Time = "0930" },
            Sources = r.Several(1, 2, _ => new EligibilitySource
            {
                Source = new X12Party { Name = r.Organization("PR", "PI") },
                Receivers = r.Several(1, 2, _ => new EligibilityReceiver
                {
                    Receiver = new X12Party { Name = r.Organization("1P", "XX"), References = r.Chance(30) ? [r.Reference("TJ")] : [], Address = r.Maybe("x", 30) is null ? null : r.Address() },
                    Subscribers = r.Several(1, 3, _ => Member(r, "22")),
                }),
            }),
        };
    }

    private static EligibilityMember Member(RandomX12Values r, string level)
    {
        bool dependent = level == "23";
        return new EligibilityMember
        {
            LevelCode = level,
            TraceNumbers = [new X12TraceNumber { TraceType = "1", ReferenceId = r.Id(), OriginatorId = "9" + r.Digits(9) }],
            Member = new X12Party
            {
                Name = dependent ? r.Person("03") with { IdentifierQualifier = null, Identifier = null } : r.Person("IL"),
                References = r.Chance(20) ? [r.Reference("SY")] : [],
                Address = r.Chance(30) ? r.Address() : null,
                Demographics = r.Demographics(),
                Dates = r.Chance(50) ? [r.D8("291")] : [],
            },
            InsuredIndicator = dependent ? "N" : null,
            RelationshipCode = dependent ? r.Pick("01", "19") : null,
            Inquiries = r.Several(1, 3, _ => new EligibilityInquiryItem
            {
                ServiceTypes = r.Chance(80) ? r.Several(1, 4, _ => r.Pick("30", "1", "33", "35", "47", "98", "AL", "MH")) : [],
                Procedure = null,
            }),
            Dependents = dependent || r.Chance(60) ? [] : r.Several(1, 2, _ => Member(r, "23")),
        };
    }
}
