namespace Rcm.Sandbox.RealTime;

/// <summary>The outcome of one real-time exchange: response bytes, or an error code and message.</summary>
public sealed record RealTimeResult(string? PayerId, string? RequestSetId, byte[] Response, string? ErrorCode, string? Error)
{
    public bool Succeeded => Error is null;

    public static RealTimeResult Failure(string message, string code) => new(null, null, [], code, message);
}
