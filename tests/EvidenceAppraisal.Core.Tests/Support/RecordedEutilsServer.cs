using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace EvidenceAppraisal.Core.Tests.Support;

/// <summary>
/// A stand-in for NCBI E-utilities on 127.0.0.1: efetch.fcgi answers with the records it was given (written for
/// the tests), as PubMed would, in one PubmedArticleSet; unknown PMIDs are simply absent. It notes every request.
/// </summary>
internal sealed class RecordedEutilsServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly IReadOnlyDictionary<string, string> _records;
    private readonly Task _loop;

    public RecordedEutilsServer(IReadOnlyDictionary<string, string> records)
    {
        _records = records;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            _listener = new HttpListener();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                BaseAddress = new Uri($"http://127.0.0.1:{port}/entrez/eutils/");
                break;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                _listener.Close();
            }
        }

        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    /// <summary>Every request: when it arrived (a Stopwatch timestamp) and its query parameters.</summary>
    public ConcurrentQueue<(long At, System.Collections.Specialized.NameValueCollection Query)> Requests { get; } = new();

    /// <summary>Answers to give before the normal ones, in order: status code, body, optional Retry-After seconds.</summary>
    public ConcurrentQueue<(int Status, string Body, int? RetryAfter)> Scripted { get; } = new();

    /// <summary>A port nobody listens on, for network failures.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public static string Set(IEnumerable<string> records) =>
        "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n"
        + $"<PubmedArticleSet>\n{string.Join("\n", records)}\n</PubmedArticleSet>\n";

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var query = HttpUtility.ParseQueryString(context.Request.Url!.Query);
            Requests.Enqueue((Stopwatch.GetTimestamp(), query));
            var (status, body, retryAfter) = Scripted.TryDequeue(out var scripted)
                ? scripted
                : context.Request.Url.AbsolutePath.EndsWith("/efetch.fcgi", StringComparison.Ordinal)
                    ? (200, Set((query["id"] ?? "").Split(',').Where(_records.ContainsKey).Select(id => _records[id])), (int?)null)
                    : (404, "not found", null);
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/xml; charset=UTF-8";
            if (retryAfter is { } seconds)
            {
                context.Response.AddHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        if (!_listener.IsListening)
        {
            return;
        }

        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
