namespace Rcm.Sandbox.Payers;

/// <summary>The payers of one sandbox run, by id. Portal settings can change at run time (the layout switch).</summary>
public sealed class PayerCatalog
{
    private readonly Dictionary<string, PayerProfile> _byId;
    private readonly Lock _gate = new();

    public PayerCatalog(IEnumerable<PayerProfile> payers)
    {
        _byId = payers.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        Ids = [.. _byId.Keys];
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<PayerProfile> All
    {
        get
        {
            lock (_gate)
            {
                return [.. Ids.Select(id => _byId[id])];
            }
        }
    }

    public PayerProfile? Find(string? id)
    {
        if (id is null)
        {
            return null;
        }

        lock (_gate)
        {
            return _byId.GetValueOrDefault(id.Trim());
        }
    }

    public PayerProfile Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"No sandbox payer has id {id}.");

    /// <summary>Switches a payer's portal layout ("the portal was redesigned").</summary>
    public void SetPortalLayout(string payerId, string layout)
    {
        lock (_gate)
        {
            PayerProfile payer = _byId[payerId];
            _byId[payerId] = payer with { Portal = payer.Portal with { Layout = layout } };
        }
    }
}
