using Rcm.Core.Claims;
using Rcm.X12.Validation;

namespace Rcm.Core.Tests.Claims.X12;

/// <summary>837s written from business claims (the claim builder's path to the payer) conform to the 5010 guides.</summary>
public sealed class Claim837GuideConformanceTests
{
    private static void AssertConforms(byte[] file)
    {
        var report = X12Validator.Validate(file);
        Assert.True(report.IsValid, string.Join("\n", report.Issues.Where(i => i.Severity == X12Severity.Error)
            .Concat(report.Transactions.SelectMany(t => t.Issues).Where(i => i.Severity == X12Severity.Error))
            .Select(i => $"{i.Code} seg {i.SegmentOrdinal} {i.SegmentId} {i.LoopId} {i.ElementPosition}: {i.Message}")));
    }

    [Fact]
    public void Professional_claims_conform_to_X222A1() =>
        AssertConforms(Test837Files.Write(
            ClaimBuilder.Valid837P().Build(),
            ClaimBuilder.Valid837P().With(c =>
            {
                c.ClaimId = "C2";
                c.Patient = new ClaimPerson { LastName = "Doe", FirstName = "Kid", BirthDate = new DateOnly(2019, 3, 3), Sex = AdministrativeSex.Female, Address = c.Subscriber.Address };
                c.PatientRelationshipCode = "19";
                c.PriorAuthorization = "AUTH-1";
                c.Attachments.Add(new ClaimAttachment("PN", "FX", "ACN-1"));
            }).WithLine("97155", modifiers: ["HO"]).Build()));

    [Fact]
    public void Institutional_claims_conform_to_X223A2() => AssertConforms(Test837Files.Write(ClaimBuilder.Valid837I().Build()));
}
