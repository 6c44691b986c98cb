using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Diagnostics;
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

/// <summary>Every expected failure as RFC 9457 problem details: status, title, one-line detail; never a stack trace.</summary>
internal static class Problems
{
    /// <param name="maxRequestBytes">The body limit, named in a 413's detail.</param>
    public static IResult From(Exception exception, long maxRequestBytes) => exception switch
    {
        WebProblem problem => Result(problem.Status, problem.Title, problem.Message, problem.RetryAfterSeconds),
        InputException input => Result(StatusCodes.Status422UnprocessableEntity, "The input cannot be appraised", input.Error.ToString()),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge => TooLarge(maxRequestBytes),
        BadHttpRequestException bad => Result(bad.StatusCode, "Bad request", bad.Message),
        RuleSetException rules => Result(StatusCodes.Status500InternalServerError, "The profile's rules do not compile",
            string.Join("; ", rules.Diagnostics.Where(d => d.IsError).Take(5).Select(d => d.ToDisplayString()))),
        TemplateException template => Result(StatusCodes.Status500InternalServerError, "A report template is broken", template.Message),
        _ => Result(StatusCodes.Status500InternalServerError, "Internal error", $"an unexpected {exception.GetType().Name} occurred; the server log has the details"),
    };

    public static IResult TooLarge(long limit) =>
        Result(StatusCodes.Status413PayloadTooLarge, "Request too large", $"the request body is larger than the limit of {limit / 1024:N0} KB");

    public static IResult Result(int status, string title, string detail, int? retryAfterSeconds = null)
    {
        var result = TypedResults.Problem(detail: detail, statusCode: status, title: title);
        return retryAfterSeconds is { } seconds ? new WithHeader(result, "Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) : result;
    }

    private sealed class WithHeader(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
