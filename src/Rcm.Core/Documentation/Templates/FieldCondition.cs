namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// "When field X holds one of these values": makes a field required only when it matters (modifier 25 support only when
/// modifier 25 is billed) and limits a check to the notes it concerns (telehealth checks only for telehealth visits).
/// </summary>
/// <param name="Field">The field whose answer decides.</param>
/// <param name="AnyOf">The answers (choice ids or codes, compared without case) that make the condition hold.</param>
public sealed record FieldCondition(string Field, IReadOnlyList<string> AnyOf)
{
    /// <summary>Plain words for messages, e.g. <c>Modifiers is 25</c> or <c>Service code is one of 97153, 97154</c>.</summary>
    public string Describe(string fieldLabel) =>
        AnyOf.Count == 1 ? $"{fieldLabel} is {AnyOf[0]}" : $"{fieldLabel} is one of {string.Join(", ", AnyOf)}";
}
