using System.Diagnostics;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.PubMed;
using EvidenceAppraisal.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace EvidenceAppraisal.Web.Appraisals;

/// <summary>
/// PMIDs through the readers' <see cref="PubMedFetcher"/> (the same reader as the CLI's <c>--pmid</c>), one
/// lookup at a time and paced to NCBI's limit across requests. Each lookup gets a throw-away cache folder:
/// the web app keeps nothing a user fetched once the answer is sent. Off (501) when no E-utilities are configured.
/// </summary>
internal sealed class PubMedLookup(WebServerOptions options) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly SemaphoreSlim _one = new(1, 1);
    private long _lastAnswer;

    /// <summary>The record's read results (at most two, enough to see there is exactly one).</summary>
    public IReadOnlyList<ReadResult> Fetch(string pmid, ReadOptions read)
    {
        var eutils = options.PubMed ?? throw new WebProblem(StatusCodes.Status501NotImplemented, "PMID lookup is off on this server",
            "this server looks up no PMIDs; paste the abstract, or download the record from PubMed (PubMed XML, MEDLINE/nbib or RIS) and drop the file");
        _one.Wait();
        var cache = Path.Combine(Path.GetTempPath(), "ea-web-pmid-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Each lookup has a fresh fetcher (for its own cache folder), so NCBI's pace is kept here, across lookups.
            var wait = _lastAnswer == 0 ? TimeSpan.Zero : eutils.MinimumInterval - Stopwatch.GetElapsedTime(_lastAnswer);
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
            }

            var fetcher = new PubMedFetcher(_http, eutils with { CacheFolder = cache });
            return fetcher.Read([pmid], read).Take(2).ToList();
        }
        finally
        {
            _lastAnswer = Stopwatch.GetTimestamp();
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }

            _one.Release();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _one.Dispose();
    }
}
