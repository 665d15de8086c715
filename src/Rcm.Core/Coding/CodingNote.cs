namespace Rcm.Core.Coding;

/// <summary>
/// What the completed note says that coding needs beyond the claim itself (minutes are on each service line).
/// </summary>
/// <param name="SeparateEvaluationDocumented">
/// The note documents a significant, separately identifiable E/M service beyond the procedure of the same day (the condition for
/// modifier 25, CPT guidelines; NCCI Policy Manual ch. XI).
/// </param>
public sealed record CodingNote(bool SeparateEvaluationDocumented = false)
{
    public static CodingNote None { get; } = new();
}
