using System.Net;
using EvidenceAppraisal.Reading.PubMed;
using EvidenceAppraisal.Reporting.Composition;

namespace EvidenceAppraisal.Web;

/// <summary>How the web app listens and what it allows one request to cost.</summary>
public sealed record WebServerOptions
{
    public const int DefaultPort = 5080;

    /// <summary>Loopback by default: the app is for one person's machine unless they choose otherwise.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>TCP port; 0 lets the system pick a free one (see <see cref="WebServer.Address"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Largest request body: an abstract or one record's file is a few kilobytes.</summary>
    public long MaxRequestBytes { get; init; } = 2L * 1024 * 1024;

    /// <summary>How long one appraisal (including compiling a profile's rules the first time) may take.</summary>
    public TimeSpan AppraisalTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Appraisals running at once; more wait (up to the timeout) so a burst cannot starve the machine.</summary>
    public int MaxConcurrentAppraisals { get; init; } = Environment.ProcessorCount;

    /// <summary>The rule packs and, under <c>profiles/</c>, the profiles a user may choose.</summary>
    public string RulesFolder { get; init; } = ProductPaths.Rules;

    /// <summary>
    /// Where PMIDs are fetched from (NCBI E-utilities, or a stand-in); null answers PMID requests 501. Its cache
    /// folder is not used: each lookup fetches into a folder of its own and deletes it.
    /// </summary>
    public EutilsOptions? PubMed { get; init; }

    /// <summary>Warnings and errors to the console (the <c>serve</c> command); tests keep quiet.</summary>
    public bool ConsoleLogging { get; init; }
}
