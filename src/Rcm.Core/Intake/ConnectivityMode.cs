namespace Rcm.Core.Intake;

/// <summary>How OpenRCM reaches a payer (DESIGN.md §4).</summary>
public enum ConnectivityMode
{
    /// <summary>Not connected: work for this payer is done by hand.</summary>
    None,

    /// <summary>The built-in payer/clearinghouse simulator (Rcm.Sandbox).</summary>
    Sandbox,

    /// <summary>Real-time X12 over HTTP (CAQH CORE style) and batch through a clearinghouse HTTP API.</summary>
    X12Http,

    /// <summary>Batch X12 files over SFTP.</summary>
    Sftp,

    /// <summary>The payer's web portal, driven by a headless browser.</summary>
    Portal,
}
