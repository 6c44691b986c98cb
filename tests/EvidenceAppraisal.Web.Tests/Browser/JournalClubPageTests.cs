using System.Text.RegularExpressions;
using EvidenceAppraisal.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceAppraisal.Web.Tests.Browser;

/// <summary>The page end to end in headless Chromium: paste, appraise, read the report, download, browse the rules.</summary>
public sealed class JournalClubPageTests(TestServer server, Chromium chromium) : IClassFixture<TestServer>, IClassFixture<Chromium>, IAsyncLifetime
{
    /// <summary>Set to a path (e.g. docs/web-report.png) to keep the screenshot of the report page there.</summary>
    public const string ScreenshotVariable = "EVIDENCE_APPRAISAL_SCREENSHOT";

    private readonly List<string> _problems = [];
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
        });
        _page = await _context.NewPageAsync();

        // CI shares two cores with builds: give the page time to answer (a wrong answer still fails at once when it
        // settles, a missing one fails after this long).
        SetDefaultExpectTimeout(30_000);
        _page.SetDefaultTimeout(30_000);

        // A script error or a blocked resource (a policy violation) is a failure even when the page looks right.
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Add(message.Text);
            }
        };
        _page.PageError += (_, error) => _problems.Add(error);
        _page.Dialog += (_, dialog) => _problems.Add("dialog opened: " + dialog.Message);
        await _page.GotoAsync(server.Address.ToString());
        await Expect(_page.Locator("#profile option")).ToHaveCountAsync(server.ProfileIds.Count);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task Pasting_the_seed_shows_the_narrative_review_flag_and_level_and_downloads_its_pdf()
    {
        await _page.FillAsync("#abstract", Repo.SeedText);
        await _page.ClickAsync("#submit");

        var report = _page.FrameLocator("#report");
        var flag = report.Locator("[id^='flag-']", new FrameLocatorLocatorOptions { HasText = "EA-DESIGN-001" });
        await Expect(flag).ToHaveCountAsync(1);
        await Expect(flag).ToContainTextAsync(new Regex("Narrative review", RegexOptions.IgnoreCase));
        await Expect(report.Locator("body")).ToContainTextAsync(new Regex(@"Evidence level\s*Level 5"));
        await Expect(_page.Locator("#status")).ToHaveTextAsync("Report ready.");

        await SaveScreenshotAsync();

        var download = await _page.RunAndWaitForDownloadAsync(() => _page.ClickAsync("button[data-output='pdf']"));
        download.SuggestedFilename.ShouldBe("appraisal.pdf");
        var path = Path.Combine(Path.GetTempPath(), "ea-web-" + Guid.NewGuid().ToString("N") + ".pdf");
        await download.SaveAsAsync(path);
        try
        {
            var text = PdfText.Of(await File.ReadAllBytesAsync(path));
            text.ShouldContain("Narrative review");
            text.ShouldContain("Evidence level: 5");
            text.ShouldContain("EA-DESIGN-001");
        }
        finally
        {
            File.Delete(path);
        }

        var markdown = await _page.RunAndWaitForDownloadAsync(() => _page.ClickAsync("button[data-output='md']"));
        markdown.SuggestedFilename.ShouldBe("appraisal.md");
        _problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Links_inside_the_report_scroll_to_their_section_and_keep_the_report()
    {
        await _page.FillAsync("#abstract", Repo.SeedText);
        await _page.ClickAsync("#submit");
        var report = _page.FrameLocator("#report");
        var claims = report.Locator("#claims");
        await Expect(claims).ToBeAttachedAsync();
        await Expect(claims).Not.ToBeInViewportAsync();

        await report.Locator("a[href='#claims']").First.ClickAsync();

        await Expect(claims).ToBeInViewportAsync();
        _page.Frames.Single(f => f != _page.MainFrame).Url.ShouldBe("about:srcdoc");
        _problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_pmid_typed_in_the_page_is_fetched_and_appraised_with_its_pubmed_link_opening_outside()
    {
        await _page.FillAsync("#pmid", Records.Pmid);
        await _page.ClickAsync("#submit");

        var report = _page.FrameLocator("#report");
        await Expect(report.Locator("h1")).ToHaveTextAsync(Records.Title);
        var link = report.GetByText($"PMID {Records.Pmid}");
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(Records.Pmid));
        _problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Markup_in_a_pasted_abstract_is_shown_as_text_and_runs_nothing()
    {
        const string title = "Heparin <img src=x onerror=alert(1)> and <script>alert(2)</script> in sepsis";
        await _page.FillAsync("#abstract", title + "\n\nIn recent years, studies have found that heparin improves outcomes in sepsis. We review the evidence.");
        await _page.ClickAsync("#submit");

        var heading = _page.FrameLocator("#report").Locator("h1");
        await Expect(heading).ToContainTextAsync("<img src=x onerror=alert(1)>");
        await Expect(heading).ToContainTextAsync("<script>alert(2)</script>");
        _problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_dropped_binary_file_shows_the_servers_reason()
    {
        var dataTransfer = await _page.EvaluateHandleAsync("""
            () => {
              const transfer = new DataTransfer();
              transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], "figure.png", { type: "image/png" }));
              return transfer;
            }
            """);
        await _page.DispatchEventAsync("#drop-zone", "drop", new { dataTransfer });
        await Expect(_page.Locator("#file-name")).ToHaveTextAsync("figure.png");
        await _page.ClickAsync("#submit");

        await Expect(_page.Locator("#error")).ToBeVisibleAsync();
        await Expect(_page.Locator("#error")).ToContainTextAsync("figure.png: is binary, not text");
        await Expect(_page.Locator("#result")).ToBeHiddenAsync();
        _problems.Where(p => !p.Contains("422", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_rules_of_the_chosen_profile_are_listed_searchable_and_explained()
    {
        var items = _page.Locator("#rule-list > li");
        await Expect(_page.Locator("#rule-count")).ToContainTextAsync("rules in profile 'default'");
        var all = await items.CountAsync();
        all.ShouldBeGreaterThan(1);

        // As many rules as the API finds for the same words: the page adds no search of its own.
        using var api = await server.Client.GetAsync("/api/rules?q=narrative%20review");
        var matching = (await Http.JsonOf(api)).GetProperty("count").GetInt32();
        matching.ShouldBeInRange(1, all - 1);
        await _page.FillAsync("#rule-search", "narrative review");
        await Expect(_page.Locator("#rule-count")).ToContainTextAsync($"{matching} of {all} rules match");
        await Expect(items).ToHaveCountAsync(matching);
        var rule = _page.Locator("#rule-EA-DESIGN-001");
        await rule.Locator("summary").ClickAsync();
        await Expect(rule).ToContainTextAsync("chooses its sources");
        await Expect(rule).ToContainTextAsync("OCEBM");

        await _page.FillAsync("#rule-search", "");
        await _page.SelectOptionAsync("#profile", TestServer.StrictProfile);
        await Expect(_page.Locator("#rule-count")).ToContainTextAsync("rules in profile 'Strict test club'");
        await Expect(items).ToHaveCountAsync(all - 1);
        await Expect(_page.Locator("#rule-EA-DESIGN-001")).ToHaveCountAsync(0);
        _problems.ShouldBeEmpty();
    }

    /// <summary>The report page as a person sees it: kept beside the tests, and where the variable says.</summary>
    private async Task SaveScreenshotAsync()
    {
        var bytes = await _page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false });
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "web-report.png"), bytes);
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } target)
        {
            await File.WriteAllBytesAsync(target, bytes);
        }
    }
}
