using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EvidenceAppraisal.Web.Tests.Support;

namespace EvidenceAppraisal.Web.Tests.Api;

public sealed class AppraisalApiTests(TestServer server) : IClassFixture<TestServer>
{
    private HttpClient Client => server.Client;

    private static IEnumerable<string> FlagIds(JsonElement report) => report.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("id").GetString()!);

    [Fact]
    public async Task Seed_as_plain_text_gives_the_report_json()
    {
        using var response = await Client.PostAsync("/api/appraisals", Http.Text(Repo.SeedText));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var report = await Http.JsonOf(response);
        report.GetProperty("design").GetProperty("kind").GetString().ShouldBe("narrative-review");
        report.GetProperty("level").GetProperty("level").GetString().ShouldBe("5");
        FlagIds(report).ShouldContain("EA-DESIGN-001");
        report.GetProperty("document").GetProperty("title").GetString()!.ShouldContain("heparin");
        report.GetProperty("provenance").GetProperty("profile").GetString().ShouldBe("default");
    }

    [Fact]
    public async Task Json_text_and_an_uploaded_file_give_the_same_appraisal_as_the_raw_body()
    {
        using var raw = await Client.PostAsync("/api/appraisals", Http.Text(Repo.SeedText));
        using var json = await Client.PostAsync("/api/appraisals", Http.Json(new { text = Repo.SeedText }));
        using var file = await Client.PostAsync("/api/appraisals", Http.File("heparin-sepsis.txt", await System.IO.File.ReadAllBytesAsync(Repo.Seed)));

        foreach (var response in new[] { raw, json, file })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var reports = new[] { await Http.JsonOf(raw), await Http.JsonOf(json), await Http.JsonOf(file) };
        var hashes = reports.Select(r => r.GetProperty("provenance").GetProperty("inputHash").GetString()).Distinct().ToList();
        hashes.Count.ShouldBe(1);
        reports.Select(r => string.Join(",", FlagIds(r))).Distinct().Count().ShouldBe(1);
        reports[2].GetProperty("source").GetString().ShouldBe("heparin-sepsis.txt");
    }

    [Fact]
    public async Task Pdf_output_downloads_a_pdf_whose_text_names_the_design_and_level()
    {
        using var response = await Client.PostAsync("/api/appraisals?output=pdf", Http.File("heparin-sepsis.txt", Encoding.UTF8.GetBytes(Repo.SeedText)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("heparin-sepsis.pdf");
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("Narrative review");
        text.ShouldContain("Evidence level: 5");
        text.ShouldContain("EA-DESIGN-001");
    }

    [Theory]
    [InlineData("text/markdown", "text/markdown", "**Design:** narrative review")]
    [InlineData("text/html", "text/html", "<!DOCTYPE html>")]
    [InlineData("application/json", "application/json", "\"narrative-review\"")]
    public async Task Accept_header_chooses_the_output(string accept, string mediaType, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appraisals") { Content = Http.Text(Repo.SeedText) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        (await response.Content.ReadAsStringAsync()).ShouldContain(expected);
    }

    [Fact]
    public async Task Html_output_escapes_markup_from_the_abstract_and_may_run_nothing()
    {
        const string hostile = "Heparin <script>alert('x')</script> in sepsis <img src=x onerror=alert(1)>.\n\nWe randomly assigned 40 patients to heparin or placebo. Mortality was lower with heparin.";
        using var response = await Client.PostAsync("/api/appraisals?output=html", Http.Text(hostile));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<img src=x");
        html.ShouldContain("&lt;script&gt;");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
    }

    [Fact]
    public async Task A_profile_changes_the_flags_and_the_report()
    {
        using var response = await Client.PostAsync($"/api/appraisals?profile={TestServer.StrictProfile}", Http.Text(Repo.SeedText));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await Http.JsonOf(response);
        FlagIds(report).ShouldNotContain("EA-DESIGN-001");
        report.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "EA-LANG-001")
            .GetProperty("severity").GetString().ShouldBe("critical");
        report.GetProperty("provenance").GetProperty("profile").GetString().ShouldBe("Strict test club");
    }

    [Fact]
    public async Task Every_profile_on_offer_appraises_the_seed()
    {
        foreach (var profile in server.ProfileIds)
        {
            using var response = await Client.PostAsync($"/api/appraisals?profile={profile}", Http.Text(Repo.SeedText));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{profile}: {await response.Content.ReadAsStringAsync()}");
            (await Http.JsonOf(response)).GetProperty("design").GetProperty("kind").GetString().ShouldBe("narrative-review");
        }
    }

    [Fact]
    public async Task Empty_bodies_are_refused_with_400()
    {
        foreach (var content in new[] { Http.Text(""), Http.RawJson(""), Http.Json(new { text = "   " }), Http.Json(new { }) })
        {
            using var response = await Client.PostAsync("/api/appraisals", content);
            var (_, detail) = await Http.ProblemOf(response, 400);
            detail.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_whether_or_not_its_length_is_announced()
    {
        var big = new string('a', 300 * 1024);
        using var announced = await Client.PostAsync("/api/appraisals", Http.Text(big));
        (await Http.ProblemOf(announced, 413)).Detail.ShouldContain("256 KB");

        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/appraisals")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))),
        };
        chunked.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        chunked.Headers.TransferEncodingChunked = true;
        using var streamed = await Client.SendAsync(chunked);
        (await Http.ProblemOf(streamed, 413)).Detail.ShouldContain("256 KB");
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/pdf")]
    [InlineData(null)]
    public async Task A_content_type_that_carries_no_abstract_is_refused_with_415(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Repo.SeedText));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await Client.PostAsync("/api/appraisals", content);
        (await Http.ProblemOf(response, 415)).Detail.ShouldContain("text/plain");
    }

    [Fact]
    public async Task An_unknown_profile_is_refused_with_400_naming_the_choices()
    {
        using var response = await Client.PostAsync("/api/appraisals?profile=../../etc/passwd", Http.Text(Repo.SeedText));
        var (_, detail) = await Http.ProblemOf(response, 400);
        detail.ShouldContain("unknown profile '../../etc/passwd'");
        detail.ShouldEndWith("choose one of: " + string.Join(", ", server.ProfileIds));
    }

    [Fact]
    public async Task A_binary_file_is_refused_with_422_naming_the_file()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        using var response = await Client.PostAsync("/api/appraisals", Http.File("figure.png", png));
        var (_, detail) = await Http.ProblemOf(response, 422);
        detail.ShouldBe("figure.png: is binary, not text (it contains NUL bytes)");
    }

    [Fact]
    public async Task A_file_in_a_legacy_encoding_is_refused_with_422_and_its_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("Effect of heparin.\n\nPatients received caf\u00e9 au lait.");
        using var response = await Client.PostAsync("/api/appraisals", Http.File("old.txt", latin1));
        var (_, detail) = await Http.ProblemOf(response, 422);
        detail.ShouldStartWith("old.txt(3,");
        detail.ShouldContain("not valid UTF-8");
    }

    [Theory]
    [InlineData("{\"text\": \"abc\"", "not valid JSON")]
    [InlineData("[\"abc\"]", "must be an object")]
    [InlineData("{\"txt\": \"abc\"}", "unknown property 'txt'")]
    [InlineData("{\"text\": 42}", "'text' must be a string")]
    [InlineData("{\"text\": \"abc\", \"pmid\": \"123\"}", "only one of")]
    [InlineData("{\"text\": \"abc\", \"format\": \"docx\"}", "format 'docx' is not one of")]
    [InlineData("{\"pmid\": \"12ab\"}", "is not a PMID")]
    public async Task Malformed_json_requests_are_refused_with_400_saying_what_is_wrong(string body, string expected)
    {
        using var response = await Client.PostAsync("/api/appraisals", Http.RawJson(body));
        (await Http.ProblemOf(response, 400)).Detail.ShouldContain(expected);
    }

    [Fact]
    public async Task A_form_from_curl_without_a_content_type_gets_a_hint()
    {
        using var response = await Client.PostAsync("/api/appraisals", new FormUrlEncodedContent([new("abstract", "Heparin in sepsis.")]));
        var (_, detail) = await Http.ProblemOf(response, 400);
        detail.ShouldContain("unknown form field 'abstract'");
        detail.ShouldContain("-H 'Content-Type: text/plain'");
    }

    [Fact]
    public async Task Unknown_output_and_unacceptable_accept_are_refused()
    {
        using var unknown = await Client.PostAsync("/api/appraisals?output=docx", Http.Text(Repo.SeedText));
        (await Http.ProblemOf(unknown, 400)).Detail.ShouldContain("output 'docx'");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appraisals") { Content = Http.Text(Repo.SeedText) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/png"));
        using var notAcceptable = await Client.SendAsync(request);
        (await Http.ProblemOf(notAcceptable, 406)).Detail.ShouldContain("application/pdf");
    }

    [Fact]
    public async Task A_pmid_is_fetched_appraised_and_nothing_fetched_is_kept()
    {
        var before = LookupFolders();
        using var response = await Client.PostAsync("/api/appraisals?output=json", Http.Json(new { pmid = Records.Pmid }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await Http.JsonOf(response);
        report.GetProperty("source").GetString().ShouldBe($"pmid:{Records.Pmid}");
        report.GetProperty("document").GetProperty("pmid").GetString().ShouldBe(Records.Pmid);
        report.GetProperty("document").GetProperty("title").GetString().ShouldBe(Records.Title);
        report.GetProperty("design").GetProperty("kind").GetString().ShouldBe("randomized-controlled-trial");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"pmid-{Records.Pmid}.json");
        LookupFolders().ShouldBe(before);
    }

    [Fact]
    public async Task A_pmid_pubmed_does_not_know_is_refused_with_422_naming_it()
    {
        using var response = await Client.PostAsync("/api/appraisals", Http.Json(new { pmid = "11111111" }));
        (await Http.ProblemOf(response, 422)).Detail.ShouldBe("pmid:11111111: PubMed has no record with this PMID");
    }

    [Fact]
    public async Task A_pmid_when_pubmed_cannot_be_reached_is_one_line_saying_so()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort()}/entrez/eutils/");
        await using var offline = await WebServer.StartAsync(server.Options with { PubMed = new() { BaseAddress = closed } });
        using var client = new HttpClient { BaseAddress = offline.Address };

        using var response = await client.PostAsync("/api/appraisals", Http.Json(new { pmid = Records.Pmid }));

        (await Http.ProblemOf(response, 422)).Detail.ShouldStartWith($"pmid:{Records.Pmid}: could not reach NCBI E-utilities at {closed}");
    }

    [Fact]
    public async Task A_pmid_is_answered_501_by_a_server_without_pubmed()
    {
        await using var noPubMed = await WebServer.StartAsync(server.Options with { PubMed = null });
        using var client = new HttpClient { BaseAddress = noPubMed.Address };

        using var response = await client.PostAsync("/api/appraisals", Http.Json(new { pmid = Records.Pmid }));

        var (title, detail) = await Http.ProblemOf(response, 501);
        title.ShouldBe("PMID lookup is off on this server");
        detail.ShouldContain("paste the abstract");
    }

    [Theory]
    [InlineData("record.xml", "pubmed")]
    [InlineData("record.nbib", "medline")]
    [InlineData("record.ris", "ris")]
    public async Task A_record_file_in_each_pubmed_format_gives_the_same_appraisal(string fileName, string format)
    {
        var text = format switch { "pubmed" => Records.PubMedSet(Records.PubMedArticle()), "medline" => Records.Medline, _ => Records.Ris };
        using var response = await Client.PostAsync("/api/appraisals", Http.File(fileName, Encoding.UTF8.GetBytes(text)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await Http.JsonOf(response);
        report.GetProperty("document").GetProperty("title").GetString().ShouldBe(Records.Title);
        report.GetProperty("design").GetProperty("kind").GetString().ShouldBe("randomized-controlled-trial");
        var estimate = report.GetProperty("facts").GetProperty("numbers").GetProperty("effectEstimates").EnumerateArray().Single();
        (estimate.GetProperty("measure").GetString(), estimate.GetProperty("value").GetDouble()).ShouldBe(("RR", 0.87));
    }

    [Fact]
    public async Task A_file_of_several_records_is_refused_with_422()
    {
        var two = Records.PubMedSet(Records.PubMedArticle(), Records.PubMedArticle("98765433"));
        using var response = await Client.PostAsync("/api/appraisals", Http.File("two.xml", Encoding.UTF8.GetBytes(two)));
        (await Http.ProblemOf(response, 422)).Detail.ShouldBe("two.xml: holds more than one record; the web app appraises one abstract at a time (the report and batch commands read whole files)");
    }

    private static string[] LookupFolders() => Directory.GetDirectories(Path.GetTempPath(), "ea-web-pmid-*");

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>4,000 claims, each raising a flag: seconds of pipeline work to a PDF, far beyond the limits below.</summary>
    private static HttpContent LongAbstract() =>
        Http.Text("A long trial.\n\n" + string.Join(" ", Enumerable.Range(1, 4000).Select(i => $"Heparin reduced {i}-day mortality in arm {i} of the trial.")));

    [Fact]
    public async Task Work_that_outlasts_the_timeout_is_answered_504()
    {
        await using var slow = await WebServer.StartAsync(server.Options with { AppraisalTimeout = TimeSpan.FromMilliseconds(50) });
        using var client = new HttpClient { BaseAddress = slow.Address };

        // Seconds of work (4,000 sentences to a PDF), not one: the timeout's timer runs on the thread pool, which a
        // loaded test machine can hold up for longer than a shorter appraisal takes.
        using var response = await client.PostAsync("/api/appraisals?output=pdf", LongAbstract());

        (await Http.ProblemOf(response, 504)).Detail.ShouldContain("took longer than 50 ms");
    }

    [Fact]
    public async Task Abandoned_work_keeps_its_slot_so_the_next_request_is_answered_503()
    {
        await using var single = await WebServer.StartAsync(server.Options with { AppraisalTimeout = TimeSpan.FromMilliseconds(300), MaxConcurrentAppraisals = 1 });
        using var client = new HttpClient { BaseAddress = single.Address };

        // The first answer comes at 300 ms; its work goes on for seconds more (4,000 sentences to a PDF), holding the only slot.
        using var abandoned = await client.PostAsync("/api/appraisals?output=pdf", LongAbstract());
        await Http.ProblemOf(abandoned, 504);
        using var next = await client.PostAsync("/api/appraisals", Http.Text(Repo.SeedText));

        (await Http.ProblemOf(next, 503)).Detail.ShouldContain("every appraisal slot stayed busy");
        next.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_with_problem_details()
    {
        using var missing = await Client.GetAsync("/api/nothing-here");
        await Http.ProblemOf(missing, 404);

        using var wrongMethod = await Client.GetAsync("/api/appraisals");
        await Http.ProblemOf(wrongMethod, 405);
    }
}
