namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// What a template field holds and how its value is written (values are stored as invariant strings so that notes,
/// API bodies and the database agree): time <c>HH:mm</c>, duration whole minutes, number invariant decimal, date
/// <c>yyyy-MM-dd</c>, choice an option id, code a code (several separated by commas when the field allows),
/// text free text, signature the act of signing the note.
/// </summary>
public enum FieldType
{
    Time,
    Duration,
    Number,
    Date,
    Choice,
    Code,
    Text,
    Signature,
}
