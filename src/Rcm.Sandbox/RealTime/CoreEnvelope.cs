namespace Rcm.Sandbox.RealTime;

/// <summary>
/// The CAQH CORE Phase II connectivity envelope (HTTP MIME multipart variant): the metadata fields sent beside the
/// X12 payload. Field names follow the CORE Connectivity Rule (vC2.2.0) form-field names.
/// </summary>
public sealed record CoreEnvelope
{
    public const string RuleVersion = "2.2.0";

    public string PayloadType { get; init; } = string.Empty;

    public string ProcessingMode { get; init; } = string.Empty;

    public string PayloadId { get; init; } = string.Empty;

    public string TimeStamp { get; init; } = string.Empty;

    public string SenderId { get; init; } = string.Empty;

    public string ReceiverId { get; init; } = string.Empty;

    public string CoreRuleVersion { get; init; } = string.Empty;

    public string? Payload { get; init; }

    /// <summary>PayloadType for each real-time request and its response (CORE Connectivity Rule, table of payload types).</summary>
    public static IReadOnlyDictionary<string, string> ResponseTypes { get; } = new Dictionary<string, string>
    {
        ["X12_270_Request_005010X279A1"] = "X12_271_Response_005010X279A1",
        ["X12_276_Request_005010X212"] = "X12_277_Response_005010X212",
        ["X12_278_Request_005010X217E1_2"] = "X12_278_Response_005010X217E1_2",
        ["X12_278_Request_005010X217"] = "X12_278_Response_005010X217",
    };

    /// <summary>The set id a request payload type promises (270, 276, 278).</summary>
    public static string? SetIdOf(string payloadType) => payloadType.Length > 7 && payloadType.StartsWith("X12_", StringComparison.Ordinal) ? payloadType[4..7] : null;

    /// <summary>The CORE error code for a missing or wrong field, or null when the envelope is usable.</summary>
    public string? Check()
    {
        if (string.IsNullOrWhiteSpace(PayloadType))
        {
            return "PayloadTypeRequired";
        }

        if (!ResponseTypes.ContainsKey(PayloadType))
        {
            return "PayloadTypeIllegal";
        }

        if (string.IsNullOrWhiteSpace(ProcessingMode))
        {
            return "ProcessingModeRequired";
        }

        if (ProcessingMode != "RealTime")
        {
            return "ProcessingModeIllegal";
        }

        if (string.IsNullOrWhiteSpace(PayloadId))
        {
            return "PayloadIDRequired";
        }

        if (string.IsNullOrWhiteSpace(TimeStamp))
        {
            return "TimeStampRequired";
        }

        if (!DateTimeOffset.TryParse(TimeStamp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            return "TimeStampIllegal";
        }

        if (string.IsNullOrWhiteSpace(SenderId))
        {
            return "SenderIDRequired";
        }

        if (string.IsNullOrWhiteSpace(ReceiverId))
        {
            return "ReceiverIDRequired";
        }

        if (string.IsNullOrWhiteSpace(CoreRuleVersion))
        {
            return "CORERuleVersionRequired";
        }

        if (!CoreRuleVersion.StartsWith("2.", StringComparison.Ordinal))
        {
            return "VersionMismatch";
        }

        return string.IsNullOrEmpty(Payload) ? "PayloadRequired" : null;
    }
}
