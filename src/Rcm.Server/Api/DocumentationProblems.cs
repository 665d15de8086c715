using Microsoft.AspNetCore.Http.HttpResults;

namespace Rcm.Server.Api;

/// <summary>422 problem details naming the request field at fault (CONVENTIONS.md: 422 for failed edits).</summary>
public static class DocumentationProblems
{
    public static ProblemHttpResult Unprocessable(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The request cannot be carried out as given",
            Detail = message,
            Type = "https://www.rfc-editor.org/rfc/rfc9110#status.422",
        });
}
