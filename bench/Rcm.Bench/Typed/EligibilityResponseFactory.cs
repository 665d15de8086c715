using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Eligibility;

namespace Rcm.Bench.Typed;

/// <summary>
/// A deterministic typed 271 of about a given size for the writing benchmark: subscribers with the benefits a real
/// response carries (active coverage, copays in and out of network, deductible and remaining, coinsurance, out of
/// pocket, a primary care provider).
/// </summary>
public static class EligibilityResponseFactory
{
    /// <summary>About 440 bytes of X12 per subscriber.</summary>
    private const int BytesPerSubscriber = 440;

    public static EligibilityResponse271 Create(long targetBytes)
    {
        int subscribers = (int)Math.Max(1, targetBytes / BytesPerSubscriber);
        var receiver = new EligibilityReceiver { Receiver = new X12Party { Name = new X12Name { EntityIdentifier = "1P", EntityType = "2", LastOrOrganizationName = "BENCH CLINIC", IdentifierQualifier = "XX", Identifier = "1234567893" } } };
        for (int i = 0; i < subscribers; i++)
        {
            receiver.Subscribers.Add(Subscriber(i));
        }

        return new EligibilityResponse271
        {
            ControlNumber = "0001",
            ImplementationReference = "005010X279A1",
            Header = new X12BeginningOfTransaction { StructureCode = "0022", Purpose = "11", ReferenceId = "BENCH", Date = new DateOnly(2026, 1, 5), Time = "1200" },
            Sources = [new EligibilitySource { Source = new X12Party { Name = new X12Name { EntityIdentifier = "PR", EntityType = "2", LastOrOrganizationName = "BENCH PAYER", IdentifierQualifier = "PI", Identifier = "12345" } }, Receivers = [receiver] }],
        };
    }

    private static EligibilityMember Subscriber(int i)
    {
        string id = "M" + i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        List<string> office = ["1", "33", "35", "47", "86", "88", "98", "AL", "MH", "UC"];
        return new EligibilityMember
        {
            TraceNumbers = [new X12TraceNumber { TraceType = "2", ReferenceId = "T" + id, OriginatorId = "9877281234" }],
            Member = new X12Party
            {
                Name = new X12Name { EntityIdentifier = "IL", EntityType = "1", LastOrOrganizationName = "MEMBER" + (i % 997), FirstName = "PAT", IdentifierQualifier = "MI", Identifier = id },
                Address = new X12Address { Line1 = "15197 BROADWAY AVENUE", City = "KANSAS CITY", State = "MO", PostalCode = "64108" },
                Demographics = new X12Demographics { BirthDate = new DateOnly(1960 + (i % 40), 1 + (i % 12), 1 + (i % 28)), Gender = (i & 1) == 0 ? "F" : "M" },
                Dates = [new X12DateValue { Qualifier = "346", Format = "D8", Date = new DateOnly(2026, 1, 1) }],
            },
            Benefits =
            [
                new EligibilityBenefit { InformationCode = "1", CoverageLevel = "IND", ServiceTypes = ["30"], InsuranceType = "PR", PlanDescription = "GOLD 123 PLAN" },
                new EligibilityBenefit { InformationCode = "B", CoverageLevel = "IND", ServiceTypes = office, InsuranceType = "PR", TimePeriod = "27", Amount = 25.00m, InPlanNetwork = "Y" },
                new EligibilityBenefit { InformationCode = "B", CoverageLevel = "IND", ServiceTypes = office, InsuranceType = "PR", TimePeriod = "27", Amount = 50.00m, InPlanNetwork = "N" },
                new EligibilityBenefit { InformationCode = "C", CoverageLevel = "IND", ServiceTypes = ["30"], TimePeriod = "23", Amount = 1500.00m, InPlanNetwork = "Y" },
                new EligibilityBenefit { InformationCode = "C", CoverageLevel = "IND", ServiceTypes = ["30"], TimePeriod = "29", Amount = 812.35m, InPlanNetwork = "Y" },
                new EligibilityBenefit { InformationCode = "A", CoverageLevel = "IND", ServiceTypes = ["30"], TimePeriod = "27", Percent = 0.2m, InPlanNetwork = "Y" },
                new EligibilityBenefit { InformationCode = "G", CoverageLevel = "FAM", ServiceTypes = ["30"], TimePeriod = "23", Amount = 6000.00m, InPlanNetwork = "Y" },
                new EligibilityBenefit
                {
                    InformationCode = "L",
                    RelatedEntities = [new X12Party { Name = new X12Name { EntityIdentifier = "P3", EntityType = "1", LastOrOrganizationName = "JONES", FirstName = "MARCUS", IdentifierQualifier = "XX", Identifier = "1999999984" } }],
                },
            ],
        };
    }
}
