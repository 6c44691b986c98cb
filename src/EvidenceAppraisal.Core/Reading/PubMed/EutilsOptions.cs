namespace EvidenceAppraisal.Reading.PubMed;

/// <summary>Where PMIDs are fetched from and cached, and how politely.</summary>
public sealed record EutilsOptions
{
    public const string DefaultBaseAddress = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/";

    /// <summary>The E-utilities base address; efetch.fcgi is resolved against it.</summary>
    public Uri BaseAddress { get; init; } = new(DefaultBaseAddress);

    /// <summary>An NCBI API key: raises the rate limit from 3 to 10 requests a second.</summary>
    public string? ApiKey { get; init; }

    /// <summary>One file per record, &lt;pmid&gt;.xml: a second run needs no network.</summary>
    public string CacheFolder { get; init; } = DefaultCacheFolder();

    /// <summary>PMIDs asked for in one request (NCBI suggests at most 200 for a GET).</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Sent as NCBI asks, so they can reach the tool's maintainers rather than block an address.</summary>
    public string Tool { get; init; } = "evidence-appraisal";

    /// <summary>NCBI's limit: 3 requests a second, 10 with an API key.</summary>
    public TimeSpan MinimumInterval => ApiKey is null ? TimeSpan.FromMilliseconds(334) : TimeSpan.FromMilliseconds(100);

    /// <summary>$EVIDENCE_APPRAISAL_CACHE/pubmed, else $XDG_CACHE_HOME/evidence-appraisal/pubmed, else ~/.cache/evidence-appraisal/pubmed.</summary>
    public static string DefaultCacheFolder()
    {
        var configured = Environment.GetEnvironmentVariable("EVIDENCE_APPRAISAL_CACHE");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.Combine(configured, "pubmed");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrWhiteSpace(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
        return Path.Combine(root, "evidence-appraisal", "pubmed");
    }
}
