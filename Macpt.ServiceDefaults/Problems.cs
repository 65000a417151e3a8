using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.ServiceDefaults;

/// <summary>
/// The problem answers endpoints give, one shape everywhere: each names the field or resource at
/// fault in <c>errors</c>, and none quotes the caller's data back.
/// </summary>
public static class Problems
{
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is invalid.");

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string resource, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {resource} has that id.",
            detail: $"There is no {resource} with id {id}.");

    public static ProblemHttpResult Conflict(string title, string detail, string? field = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail,
            extensions: field is null ? null : Errors(field, detail));

    public static ProblemHttpResult Unprocessable(string field, string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request breaks a rule.",
            detail: message, extensions: Errors(field, message));

    /// <summary>The caller is known but its agency may not do this (an agency answering another's check).</summary>
    public static ProblemHttpResult Forbidden(string field, string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not open to this caller.",
            detail: message, extensions: Errors(field, message));

    private static Dictionary<string, object?> Errors(string field, string message) =>
        new() { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } };
}
