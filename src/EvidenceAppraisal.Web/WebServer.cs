using EvidenceAppraisal.Web.Appraisals;
using EvidenceAppraisal.Web.Hosting;
using EvidenceAppraisal.Web.Profiles;
using EvidenceAppraisal.Web.RuleCatalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EvidenceAppraisal.Web;

/// <summary>
/// The journal-club web app on Kestrel: the page, <c>POST /api/appraisals</c>, <c>GET /api/rules</c> and
/// <c>GET /api/profiles</c>. Keeps no state between requests beyond the compiled rule set per profile.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the app listens, with the port the system chose when asked for port 0.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Compiles the default profile (so a broken rules folder fails here, with its diagnostics) and starts
    /// listening. Throws <see cref="IOException"/> when the address is taken.
    /// </summary>
    public static async Task<WebServer> StartAsync(WebServerOptions options, CancellationToken cancel = default)
    {
        var app = Build(options);
        try
        {
            var setups = app.Services.GetRequiredService<AppraisalSetups>();
            setups.For(setups.Catalog.Resolve(null));
            await app.StartAsync(cancel).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new WebServer(app, new Uri(address));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Completes when the app is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancel"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancel = default) => _app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplication Build(WebServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.Address, options.Port);
            kestrel.AddServerHeader = false;
            // The app refuses bodies over the limit itself; Kestrel reads (and discards) up to four times as much so that
            // a client still sending when the 413 goes out reads that answer rather than a reset connection.
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes * 4;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBytes);
            form.ValueCountLimit = 16;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new ProfileCatalog(options.RulesFolder));
        builder.Services.AddSingleton<AppraisalSetups>();
        builder.Services.AddSingleton<AppraisalGate>();
        builder.Services.AddSingleton<PubMedLookup>();

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Anything no endpoint caught (a malformed request Kestrel rejects mid-read, a bug): problem details, no stack trace.
            ExceptionHandler = context => Problems.From(context.Features.GetRequiredFeature<IExceptionHandlerFeature>().Error, options.MaxRequestBytes).ExecuteAsync(context),
        });
        app.UseStatusCodePages(); // unknown routes and wrong methods answer with problem details too
        app.Use(SecurityHeaders.Apply);
        PageAssets.Map(app);
        AppraisalEndpoints.Map(app);
        RuleEndpoints.Map(app);
        return app;
    }
}
