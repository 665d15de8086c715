namespace Rcm.Core.Documentation.Checks;

/// <summary>What a template check sees: the note's values and the rendering provider's credentials.</summary>
/// <param name="Values">The note's values through its resolved template.</param>
/// <param name="RenderingCredentials">Credentials the rendering provider held when the note was started.</param>
public sealed record CheckContext(NoteValues Values, IReadOnlyList<Credential> RenderingCredentials);
