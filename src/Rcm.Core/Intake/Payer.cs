using Rcm.Core.Shared;

namespace Rcm.Core.Intake;

/// <summary>
/// A payer as one practice bills it: its payer id, the plan types it offers and how we connect to it.
/// The connection secret (password, TOTP seed) is stored only in protected (encrypted) form; the
/// protection itself lives in the host (ASP.NET Core Data Protection) so Core stays free of it.
/// </summary>
public sealed class Payer : TenantEntity
{
    private Payer() { }

    public Payer(long practiceId, string name, string payerCode, IEnumerable<PlanType> planTypes, DateTimeOffset at)
    {
        Apply(name, payerCode, planTypes);
        Created(practiceId, at, "payer.created", "payerCode=" + payerCode);
    }

    public string Name { get; private set; } = "";

    /// <summary>Payer id used on claims (837 2010BB NM109) and eligibility requests.</summary>
    public string PayerCode { get; private set; } = "";
    public List<PlanType> PlanTypes { get; private set; } = [];
    public ConnectivityMode ConnectivityMode { get; private set; }
    public string? ConnectivityEndpoint { get; private set; }
    public string? ConnectivityUsername { get; private set; }

    /// <summary>Encrypted secret (never the clear text).</summary>
    public string? ProtectedSecret { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Update(string name, string payerCode, IEnumerable<PlanType> planTypes, bool isActive, DateTimeOffset at)
    {
        Apply(name, payerCode, planTypes);
        IsActive = isActive;
        Record("payer.updated", at, "payerCode=" + payerCode);
    }

    /// <summary>Sets how we reach the payer; a null <paramref name="protectedSecret"/> keeps the stored one.</summary>
    public void Connect(ConnectivityMode mode, string? endpoint, string? username, string? protectedSecret, DateTimeOffset at)
    {
        ConnectivityMode = mode;
        ConnectivityEndpoint = endpoint;
        ConnectivityUsername = username;
        if (protectedSecret is not null) ProtectedSecret = protectedSecret;
        Record("payer.connectivity_changed", at, "mode=" + mode + (protectedSecret is null ? "" : ";secret=replaced"));
    }

    private void Apply(string name, string payerCode, IEnumerable<PlanType> planTypes)
    {
        Name = name;
        PayerCode = payerCode;
        PlanTypes = planTypes.Distinct().ToList();
    }
}
