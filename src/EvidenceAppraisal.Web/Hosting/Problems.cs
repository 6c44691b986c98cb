using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Templating;
using EvidenceAppraisal.Rules.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EvidenceAppraisal.Web.Hosting;

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

/// <summary>The one try/catch every API endpoint runs in: failures become problem details, unexpected ones are logged.</summary>
internal static class ApiGuard
{
    public static async Task<IResult> RunAsync(HttpContext context, Func<Task<IResult>> handle)
    {
        try
        {
            return await handle().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return TypedResults.Empty; // the client left; nobody reads an answer
        }
        catch (Exception ex)
        {
            var result = Problems.From(ex, context.RequestServices.GetRequiredService<WebServerOptions>().MaxRequestBytes);
            if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status500InternalServerError })
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EvidenceAppraisal.Web")
                    .LogError(ex, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            }

            return result;
        }
    }
}
