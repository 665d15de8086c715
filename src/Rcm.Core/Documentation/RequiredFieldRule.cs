using Rcm.Core.Documentation.Checks;

namespace Rcm.Core.Documentation;

/// <summary>
/// DOC001/DOC002: required fields, and fields required because of another answer, must be filled. The note-signing
/// signature field is left to the signing act (and to DOC040 at coding).
/// </summary>
internal static class RequiredFieldRule
{
    public static void Evaluate(NoteValues values, ICollection<DocumentationFinding> findings)
    {
        foreach (var field in values.Template.Fields)
        {
            if (field.SignsNote || values.Has(field.Id))
            {
                continue;
            }

            var why = field.Why is null ? "" : $" {field.Why}";
            if (field.Required)
            {
                findings.Add(DocumentationRules.RequiredFieldMissing.Finding(field.Id, $"{field.Label} is required and empty.{why}"));
            }
            else if (field.RequiredWhen is { } condition && values.Meets(condition))
            {
                var because = condition.Describe(values.Label(condition.Field));
                findings.Add(DocumentationRules.ConditionallyRequiredFieldMissing.Finding(field.Id, $"{field.Label} is required because {because}, and is empty.{why}"));
            }
        }
    }
}
