using Rcm.Core.Persistence;

namespace Rcm.Server.Hosting;

/// <summary>What <c>rcm serve</c> was asked to run.</summary>
public sealed record RcmHostOptions
{
    public required DatabaseTarget Database { get; init; }

    /// <summary>Kestrel URLs, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free one.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Create the demo practice when the database is new.</summary>
    public bool SeedDemo { get; init; } = true;

    /// <summary>Base URL of the payer sandbox the demo payers are wired to (until the sandbox is hosted in-process).</summary>
    public string SandboxUrl { get; init; } = "http://127.0.0.1:5081";

    /// <summary>Largest accepted request body; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;
}
