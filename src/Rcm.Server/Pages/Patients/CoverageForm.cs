using System.Globalization;
using Rcm.Core.Intake;
using Rcm.Core.Shared;
using Rcm.Server.Api;

namespace Rcm.Server.Pages.Patients;

/// <summary>The coverage form as typed; dates are strings so a bad one is reported beside its field.</summary>
public sealed class CoverageForm
{
    public long? PayerId { get; set; }
    public string? MemberId { get; set; }
    public string? GroupNumber { get; set; }
    public PlanType PlanType { get; set; }
    public SubscriberRelationship Relationship { get; set; }
    public string? SubscriberFirstName { get; set; }
    public string? SubscriberLastName { get; set; }
    public string? SubscriberBirthDate { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? EffectiveTo { get; set; }
    public int Order { get; set; } = 1;

    public static CoverageForm From(Coverage c) => new()
    {
        PayerId = c.PayerId, MemberId = c.MemberId, GroupNumber = c.GroupNumber, PlanType = c.PlanType, Relationship = c.Relationship,
        SubscriberFirstName = c.SubscriberFirstName, SubscriberLastName = c.SubscriberLastName, SubscriberBirthDate = Text(c.SubscriberBirthDate),
        EffectiveFrom = Text(c.EffectiveFrom), EffectiveTo = Text(c.EffectiveTo), Order = c.Order,
    };

    public CoverageTerms? Validate(RequestErrors errors)
    {
        var subBirth = Date("subscriberBirthDate", SubscriberBirthDate, errors);
        var from = Date("effectiveFrom", EffectiveFrom, errors);
        var to = Date("effectiveTo", EffectiveTo, errors);
        if (errors.Any) return null;
        return CoveragesApi.Validate(new CoverageRequest(PayerId, MemberId, GroupNumber, PlanType, Relationship, SubscriberFirstName, SubscriberLastName,
            subBirth, from, to, Order), errors);
    }

    private static DateOnly? Date(string field, string? text, RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, "Use the form YYYY-MM-DD.");
        return null;
    }

    private static string? Text(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
