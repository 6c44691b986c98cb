using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EvidenceAppraisal.Web.Tests.Support;

/// <summary>
/// A stand-in for NCBI E-utilities on loopback (the tests have no internet): <c>efetch.fcgi</c> answers, as PubMed
/// does, with a PubmedArticleSet holding the records it knows among the ids asked for.
/// </summary>
public sealed class EutilsStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EutilsStandIn(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<EutilsStandIn> StartAsync(IReadOnlyDictionary<string, string> records)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/entrez/eutils/efetch.fcgi", (HttpRequest request) =>
        {
            var ids = request.Query["id"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
            var known = ids.Where(records.ContainsKey).Select(id => records[id]).ToArray();
            return Results.Text(Records.PubMedSet(known), "text/xml");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new EutilsStandIn(app, new Uri(new Uri(address), "/entrez/eutils/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
