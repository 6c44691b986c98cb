using EvidenceAppraisal.Reading.PubMed;
using EvidenceAppraisal.Reporting.Composition;

namespace EvidenceAppraisal.Web.Tests.Support;

/// <summary>
/// The real app on Kestrel, on a free loopback port, with a rules folder of its own: the shipped packs plus a
/// test profile written here (<c>profiles/strict.yaml</c>), so profile choice is tested without shipping one;
/// PMIDs are looked up in a local stand-in for E-utilities that knows <see cref="Records.Pmid"/>.
/// </summary>
public sealed class TestServer : IAsyncLifetime
{
    public const string StrictProfile = "strict";

    private WebServer? _server;
    private EutilsStandIn? _eutils;

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("not started");

    public HttpClient Client { get; } = new();

    public string RulesFolder { get; } = CopyRules();

    /// <summary>The profiles the server should offer: the default, then every profile file by name (the shipped ones and the test's).</summary>
    public IReadOnlyList<string> ProfileIds =>
        ["default", .. Directory.EnumerateFiles(Path.Combine(RulesFolder, "profiles"), "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Options for this server; a test class may start another with different limits.</summary>
    public WebServerOptions Options => new()
    {
        Port = 0,
        RulesFolder = RulesFolder,
        MaxRequestBytes = 256 * 1024,
        PubMed = new EutilsOptions { BaseAddress = _eutils?.BaseAddress ?? throw new InvalidOperationException("not started") },
    };

    public async Task InitializeAsync()
    {
        _eutils = await EutilsStandIn.StartAsync(new Dictionary<string, string> { [Records.Pmid] = Records.PubMedArticle() });
        _server = await WebServer.StartAsync(Options);
        Client.BaseAddress = _server.Address;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_eutils is not null)
        {
            await _eutils.DisposeAsync();
        }

        Directory.Delete(RulesFolder, recursive: true);
    }

    private static string CopyRules()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ea-web-rules-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(ProductPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(ProductPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(folder, "profiles"));
        File.WriteAllText(Path.Combine(folder, "profiles", StrictProfile + ".yaml"), """
            profile: Strict test club
            disable: [EA-DESIGN-001]
            severity: { EA-LANG-001: critical }
            report: { title: "Strict Test Club" }
            """);
        return folder;
    }
}
