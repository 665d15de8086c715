namespace Rcm.Sandbox.Faults;

/// <summary>What the fault injector decided for one request.</summary>
public enum FaultKind
{
    None,
    ServerError,
    Timeout,
    Malformed,
}
