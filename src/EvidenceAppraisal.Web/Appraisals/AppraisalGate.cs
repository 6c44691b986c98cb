using EvidenceAppraisal.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace EvidenceAppraisal.Web.Appraisals;

/// <summary>
/// Runs CPU-bound appraisal work off the request thread, a bounded number at a time, and gives up waiting
/// after the timeout. The pipeline takes no cancellation token, so work that overruns finishes in the
/// background; it keeps its slot until then, so overrunning work can never pile up past the limit.
/// </summary>
internal sealed class AppraisalGate(WebServerOptions options)
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentAppraisals, options.MaxConcurrentAppraisals);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken aborted)
    {
        var timeout = options.AppraisalTimeout;
        if (!await _slots.WaitAsync(timeout, aborted).ConfigureAwait(false))
        {
            throw new WebProblem(StatusCodes.Status503ServiceUnavailable, "Server busy",
                $"every appraisal slot stayed busy for {Seconds(timeout)}; try again shortly") { RetryAfterSeconds = 5 };
        }

        var task = Task.Run(() =>
        {
            try
            {
                return work();
            }
            finally
            {
                _slots.Release();
            }
        }, CancellationToken.None);
        try
        {
            return await task.WaitAsync(timeout, aborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Observe the abandoned task's outcome so a late failure is not reported as unobserved.
            _ = task.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw new WebProblem(StatusCodes.Status504GatewayTimeout, "Appraisal timed out",
                $"the appraisal took longer than {Seconds(timeout)} and was abandoned; try a shorter input");
        }
    }

    private static string Seconds(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.#} s" : $"{timeout.TotalMilliseconds:0.###} ms";
}
