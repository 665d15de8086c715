using System.Text.Json;
using Rcm.Core.Claims;
using Rcm.Core.Claims.X12;
using Rcm.Core.Tests.Validation;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;

namespace Rcm.Core.Tests.Claims.X12;

public sealed class Claim837TranslatorTests
{
    private static List<Claim> RoundTrip(params Claim[] claims)
    {
        var parsed = X12TransactionParser.Parse(Test837Files.Write(claims));
        Assert.Empty(parsed.Issues);
        return parsed.Transactions.OfType<ClaimTransaction837>().SelectMany(Claim837Translator.ToClaims).Select(t => t.Claim).ToList();
    }

    private static string Json(Claim claim) => JsonSerializer.Serialize(claim);

    [Fact]
    public void Professional_claim_survives_business_to_837_to_business()
    {
        var claim = ClaimBuilder.Valid837P()
            .With(c =>
            {
                c.PriorAuthorization = "AUTH-9";
                c.ReferralNumber = "REF-1";
                c.Attachments.Add(new Rcm.Core.Claims.ClaimAttachment("PN", "FX", "ACN-77"));
                c.RenderingProvider!.Credential = null;
            })
            .WithDiagnoses("F840", "F900")
            .WithLine("97155", units: 2, charge: 90m, modifiers: ["HO", "95"], pointers: [2, 1], placeOfService: "10")
            .WithLineChange(2, l => { l.PriorAuthorization = "LINE-AUTH"; l.ServiceDateEnd = l.ServiceDate.AddDays(2); })
            .Build();
        // The taxonomy read back implies the credential, as for any 837 from outside.
        var back = Assert.Single(RoundTrip(claim));
        claim.RenderingProvider!.Credential = "BCBA";
        claim.BillingProvider.Credential = "BCBA";
        Assert.Equal(Json(claim), Json(back));
    }

    [Fact]
    public void Dependent_patient_is_written_in_2000C_and_read_back()
    {
        var claim = ClaimBuilder.Valid837P().With(c =>
        {
            c.Patient = new ClaimPerson { LastName = "Doe", FirstName = "Kid", BirthDate = new DateOnly(2019, 3, 3), Sex = AdministrativeSex.Female };
            c.PatientRelationshipCode = "19";
            c.Subscriber.BirthDate = null;
            c.Subscriber.Sex = AdministrativeSex.Unknown;
        }).Build();
        var back = Assert.Single(RoundTrip(claim));
        Assert.Equal(("Kid", "19", new DateOnly(2019, 3, 3)), (back.Patient!.FirstName, back.PatientRelationshipCode, back.PatientPerson.BirthDate));
        Assert.Equal("W123456789", back.Subscriber.MemberId);
    }

    [Fact]
    public void Institutional_claim_survives_the_round_trip()
    {
        var claim = ClaimBuilder.Valid837I().With(c => c.Diagnoses[0] = new Diagnosis("M5450", DiagnosisRole.Principal, "Y")).Build();
        var back = Assert.Single(RoundTrip(claim));
        Assert.Equal(Json(claim), Json(back));
    }

    [Fact]
    public void Several_claims_of_one_billing_provider_share_its_loop()
    {
        var a = ClaimBuilder.Valid837P().Build();
        var b = ClaimBuilder.Valid837P().With(c => c.ClaimId = "CLM-0002").Build();
        var transaction = Claim837Translator.ToTransaction([a, b], Test837Files.Submitter, Test837Files.Receiver, "B", DateTimeOffset.UnixEpoch);
        Assert.Equal(2, Assert.Single(transaction.BillingProviders).Subscribers.Count);
        Assert.Equal(["CLM-0001", "CLM-0002"], RoundTrip(a, b).Select(c => c.ClaimId));
    }

    [Fact]
    public void Mixing_professional_and_institutional_claims_is_refused() =>
        Assert.Throws<ArgumentException>(() => Claim837Translator.ToTransaction(
            [ClaimBuilder.Valid837P().Build(), ClaimBuilder.Valid837I().Build()], Test837Files.Submitter, Test837Files.Receiver, "B", DateTimeOffset.UnixEpoch));

    [Fact]
    public void Reads_every_claim_of_the_corpus_837s()
    {
        if (RepoPaths.SharedOrFailInCi() is null)
        {
            return;
        }

        int claims = 0;
        foreach (var file in Corpus837.Files())
        {
            var parsed = X12TransactionParser.Parse(File.ReadAllBytes(file));
            foreach (var translated in parsed.Transactions.OfType<ClaimTransaction837>().SelectMany(Claim837Translator.ToClaims))
            {
                claims++;
                Assert.False(string.IsNullOrEmpty(translated.Claim.ClaimId), file);
                Assert.NotEmpty(translated.Claim.Lines);
                Assert.Equal(translated.Source.ServiceLines.Count, translated.Claim.Lines.Count);
            }
        }

        Assert.True(claims >= 20, $"only {claims} claims in the corpus 837s");
    }
}
