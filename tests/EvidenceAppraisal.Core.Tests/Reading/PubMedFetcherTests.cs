using System.Diagnostics;
using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.PubMed;

namespace EvidenceAppraisal.Core.Tests.Reading;

/// <summary>PMIDs fetched from a local stand-in for E-utilities (no internet), cached, and read offline after.</summary>
public sealed class PubMedFetcherTests : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "ea-pubmed-cache-" + Guid.NewGuid().ToString("N"));
    private readonly RecordedEutilsServer _server = new(new Dictionary<string, string>
    {
        ["99000001"] = Samples.PubMedRecord(),
        ["99000002"] = Samples.PubMedRecord("99000002"),
        ["99000003"] = Samples.PubMedRecord("99000003"),
        ["99000004"] = Samples.PubMedRecord("99000004"),
    });

    private PubMedFetcher Fetcher(Uri? address = null, string? apiKey = null, int batchSize = 200) =>
        new(Http, new EutilsOptions { BaseAddress = address ?? _server.BaseAddress, CacheFolder = _cache, ApiKey = apiKey, BatchSize = batchSize });

    [Fact]
    public void Records_are_fetched_in_one_request_cached_one_file_each_and_read_offline_the_second_time()
    {
        var fetcher = Fetcher();
        var results = fetcher.Read(["99000001", "99000002"], ReadOptions.Default).ToList();
        results.Select(r => (r.Document!.SourceName, r.Document.RecordId)).ShouldBe([("pmid:99000001", "99000001"), ("pmid:99000002", "99000002")]);
        results[0].Document!.Sentences.Count.ShouldBe(10);
        fetcher.Requests.ShouldBe(1);
        _server.Requests.Single().Query["id"].ShouldBe("99000001,99000002");
        Directory.GetFiles(_cache).Select(Path.GetFileName).Order().ShouldBe(["99000001.xml", "99000002.xml"]);

        _server.Dispose();
        var offline = Fetcher();
        offline.Read(["99000002", "99000001"], ReadOptions.Default).Select(r => r.Document!.RecordId).ShouldBe(["99000002", "99000001"]);
        offline.Requests.ShouldBe(0);
    }

    [Fact]
    public void A_PMID_PubMed_does_not_know_fails_alone_in_one_line()
    {
        var results = Fetcher().Read(["99000001", "99000009"], ReadOptions.Default).ToList();
        results[0].Document.ShouldNotBeNull();
        results[1].Error!.ToString().ShouldBe("pmid:99000009: PubMed has no record with this PMID");
    }

    [Fact]
    public void A_network_failure_fails_each_PMID_in_one_line()
    {
        var closed = new Uri($"http://127.0.0.1:{RecordedEutilsServer.FreePort()}/entrez/eutils/");
        var error = Fetcher(closed).Read(["99000001"], ReadOptions.Default).Single().Error!;
        error.ToString().ShouldStartWith($"pmid:99000001: could not reach NCBI E-utilities at {closed}: ");
        error.ToString().ShouldNotContain("\n");
        (Directory.Exists(_cache) ? Directory.GetFiles(_cache) : []).ShouldBeEmpty();
    }

    [Fact]
    public void Without_an_API_key_requests_are_at_most_three_a_second()
    {
        var fetcher = Fetcher(batchSize: 1);
        fetcher.Read(["99000001", "99000002", "99000003", "99000004"], ReadOptions.Default).Count().ShouldBe(4);
        var times = _server.Requests.Select(r => r.At).ToList();
        times.Count.ShouldBe(4);
        times.Zip(times.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b).TotalMilliseconds).ShouldAllBe(gap => gap >= 320);
        _server.Requests.ShouldAllBe(r => r.Query["api_key"] == null && r.Query["tool"] == "evidence-appraisal");
    }

    [Fact]
    public void With_an_API_key_the_key_is_sent_and_requests_are_at_most_ten_a_second()
    {
        Fetcher(apiKey: "test-key", batchSize: 1).Read(["99000001", "99000002", "99000003"], ReadOptions.Default).Count().ShouldBe(3);
        var times = _server.Requests.Select(r => r.At).ToList();
        times.Zip(times.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b).TotalMilliseconds).ShouldAllBe(gap => gap >= 90);
        _server.Requests.ShouldAllBe(r => r.Query["api_key"] == "test-key");
    }

    [Fact]
    public void Too_many_requests_is_waited_out_and_retried()
    {
        _server.Scripted.Enqueue((429, "slow down", 0));
        var fetcher = Fetcher();
        fetcher.Read(["99000001"], ReadOptions.Default).Single().Document.ShouldNotBeNull();
        fetcher.Requests.ShouldBe(2);
    }

    [Theory]
    [InlineData(500, "oops", "pmid:99000001: NCBI E-utilities answered 500 Internal Server Error")]
    [InlineData(200, "<?xml version=\"1.0\"?>\n<eFetchResult><ERROR>Empty id list - nothing todo</ERROR></eFetchResult>", "pmid:99000001: NCBI E-utilities answered with an error: Empty id list - nothing todo")]
    [InlineData(200, "<html><body>Service unavailable", "pmid:99000001: NCBI E-utilities answered with something that is not PubMed XML: ")]
    public void An_error_answer_is_one_line_naming_the_PMID(int status, string body, string expected)
    {
        _server.Scripted.Enqueue((status, body, null));
        Fetcher().Read(["99000001"], ReadOptions.Default).Single().Error!.ToString().ShouldStartWith(expected);
    }

    [Fact]
    public void Something_that_is_not_a_PMID_is_refused_before_any_request()
    {
        Should.Throw<InputException>(() => Fetcher().Read(["12a"], ReadOptions.Default).ToList()).Error.ToString().ShouldBe("pmid:12a: is not a PMID (a number of up to nine digits)");
        _server.Requests.ShouldBeEmpty();
    }

    public void Dispose()
    {
        _server.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }
}
