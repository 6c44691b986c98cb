using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;

namespace EvidenceAppraisal.Reading.PubMed;

/// <summary>
/// Reads records by PMID: each comes from the on-disk cache when it is there, otherwise from NCBI E-utilities
/// efetch (XML, in batches, paced to NCBI's rate limit), is split into one cache file per record, and is then
/// read by <see cref="PubMedXmlReader"/> like any PubMed file. A PMID PubMed does not know, a network failure or
/// an error answer each become a failed result naming the PMID.
/// </summary>
public sealed class PubMedFetcher
{
    private readonly HttpClient _http;
    private readonly EutilsOptions _options;
    private readonly PubMedXmlReader _reader = new();
    private long _lastAnswer;

    public PubMedFetcher(HttpClient http, EutilsOptions options)
    {
        _http = http;
        _options = options;
    }

    /// <summary>Number of requests sent to E-utilities so far (a cached PMID sends none).</summary>
    public int Requests { get; private set; }

    public static string SourceName(string pmid) => $"pmid:{pmid}";

    /// <summary>A PMID is a positive whole number of at most nine digits.</summary>
    public static bool IsPmid(string text) => text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit) && text.TrimStart('0').Length > 0;

    public IEnumerable<ReadResult> Read(IReadOnlyList<string> pmids, ReadOptions options)
    {
        var bad = pmids.FirstOrDefault(p => !IsPmid(p));
        if (bad is not null)
        {
            throw new InputException(new ReadError(SourceName(bad), "is not a PMID (a number of up to nine digits)"));
        }

        var failures = FetchMissing(pmids);
        foreach (var pmid in pmids)
        {
            if (failures.TryGetValue(pmid, out var error))
            {
                yield return ReadResult.Failed(error);
                continue;
            }

            var path = CachePath(pmid);
            if (!File.Exists(path))
            {
                yield return ReadResult.Failed(new ReadError(SourceName(pmid), "PubMed has no record with this PMID"));
                continue;
            }

            foreach (var result in _reader.Read(new InputSource(SourceName(pmid), () => File.OpenRead(path)), options))
            {
                yield return result;
            }
        }
    }

    private string CachePath(string pmid) => Path.Combine(_options.CacheFolder, pmid + ".xml");

    /// <summary>Fetches what the cache lacks; returns the PMIDs that could not be fetched, with why.</summary>
    private Dictionary<string, ReadError> FetchMissing(IReadOnlyList<string> pmids)
    {
        var failures = new Dictionary<string, ReadError>(StringComparer.Ordinal);
        var missing = pmids.Distinct(StringComparer.Ordinal).Where(p => !File.Exists(CachePath(p))).ToList();
        foreach (var batch in missing.Chunk(Math.Max(1, _options.BatchSize)))
        {
            var problem = FetchBatch(batch);
            if (problem is not null)
            {
                foreach (var pmid in batch)
                {
                    failures[pmid] = new ReadError(SourceName(pmid), problem);
                }
            }
        }

        return failures;
    }

    /// <summary>One efetch request, its answer split into the cache; the reason it failed, or null.</summary>
    private string? FetchBatch(IReadOnlyList<string> batch)
    {
        var query = $"efetch.fcgi?db=pubmed&retmode=xml&id={string.Join(',', batch)}&tool={Uri.EscapeDataString(_options.Tool)}"
            + (_options.ApiKey is null ? "" : $"&api_key={Uri.EscapeDataString(_options.ApiKey)}");
        var address = new Uri(_options.BaseAddress, query);
        try
        {
            Directory.CreateDirectory(_options.CacheFolder);
            var download = Path.Combine(_options.CacheFolder, $".efetch-{Guid.NewGuid():N}.tmp");
            try
            {
                var status = Download(address, download);
                return status ?? SplitIntoCache(download);
            }
            finally
            {
                File.Delete(download);
            }
        }
        catch (HttpRequestException ex)
        {
            return $"could not reach NCBI E-utilities at {_options.BaseAddress}: {ex.Message}";
        }
        catch (TaskCanceledException)
        {
            return $"could not reach NCBI E-utilities at {_options.BaseAddress}: no answer within {_http.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"could not write the PubMed cache in {_options.CacheFolder}: {ex.Message}";
        }
    }

    /// <summary>GETs the address into a file, waiting out NCBI's rate limit (and a 429 answer, a few times).</summary>
    private string? Download(Uri address, string file)
    {
        for (var attempt = 1; ; attempt++)
        {
            Pace();
            Requests++;
            try
            {
                using var response = _http.Send(new HttpRequestMessage(HttpMethod.Get, address), HttpCompletionOption.ResponseHeadersRead);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 4)
                {
                    Thread.Sleep(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(attempt));
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return $"NCBI E-utilities answered {(int)response.StatusCode} {response.ReasonPhrase}";
                }

                using var body = response.Content.ReadAsStream();
                using var target = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                body.CopyTo(target);
                return null;
            }
            finally
            {
                _lastAnswer = Stopwatch.GetTimestamp();
            }
        }
    }

    /// <summary>
    /// Keeps at least <see cref="EutilsOptions.MinimumInterval"/> between the end of one request and the start of the
    /// next: stricter than between starts, so NCBI never sees more than its limit however the network delays requests.
    /// </summary>
    private void Pace()
    {
        if (_lastAnswer != 0)
        {
            var wait = _options.MinimumInterval - Stopwatch.GetElapsedTime(_lastAnswer);
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
            }
        }
    }

    /// <summary>Writes each record of an efetch answer to its own cache file; the reason the answer is unusable, or null.</summary>
    private string? SplitIntoCache(string download)
    {
        var source = new InputSource("efetch answer", () => File.OpenRead(download));
        try
        {
            var prolog = XmlProlog.Check(source);
            if (prolog.Root is "eFetchResult" or "ERROR")
            {
                return $"NCBI E-utilities answered with an error: {ErrorText(download)}";
            }

            if (prolog.Root is not "PubmedArticleSet")
            {
                return $"NCBI E-utilities answered with something that is not PubMed XML: its root element is <{prolog.Root}>";
            }

            using var xml = XmlReader.Create(new StreamReader(XmlProlog.OpenBytes(source), prolog.Encoding), SafeSettings());
            xml.MoveToContent();
            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "PubmedArticle" or "PubmedBookArticle")
                {
                    var record = xml.ReadOuterXml();
                    if (FirstPmid(record) is { } pmid)
                    {
                        WriteCacheFile(pmid, record);
                    }
                }
                else
                {
                    xml.Read();
                }
            }

            return null;
        }
        catch (InputException ex)
        {
            return $"NCBI E-utilities answered with something that is not PubMed XML: {ex.Error.Message}";
        }
        catch (XmlException ex)
        {
            return $"NCBI E-utilities answered with malformed XML: {PubMedXmlReader.WithoutPosition(ex.Message)} (line {ex.LineNumber}, column {ex.LinePosition})";
        }
    }

    private void WriteCacheFile(string pmid, string record)
    {
        var path = CachePath(pmid);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n{record}\n</PubmedArticleSet>\n", new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The record's own PMID: the first PMID element, which leads MedlineCitation (or BookDocument).</summary>
    private static string? FirstPmid(string record)
    {
        using var xml = XmlReader.Create(new StringReader(record), SafeSettings());
        return xml.ReadToFollowing("PMID") ? xml.ReadElementContentAsString().Trim() : null;
    }

    private static string ErrorText(string download)
    {
        using var xml = XmlReader.Create(download, SafeSettings());
        return xml.ReadToFollowing("ERROR") ? xml.ReadElementContentAsString().Trim() : "no reason given";
    }

    private static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };
}
