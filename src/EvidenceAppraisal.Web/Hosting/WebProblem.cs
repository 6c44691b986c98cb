using Microsoft.AspNetCore.Http;

namespace EvidenceAppraisal.Web.Hosting;

/// <summary>A request the app refuses, with the status and the one-line reason the client sees.</summary>
internal sealed class WebProblem(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>Retry-After seconds for a 503, or null.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static WebProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static WebProblem Unreadable(string detail) => new(StatusCodes.Status422UnprocessableEntity, "The input cannot be appraised", detail);
}
