namespace Rcm.Core.Documentation.Checks;

/// <summary>The answers that support a code, e.g. 99214 is supported by medical decision making of moderate or high.</summary>
/// <param name="Code">The service code.</param>
/// <param name="Values">Answers (choice ids) that support it.</param>
public sealed record CodeValues(string Code, IReadOnlyList<string> Values);
