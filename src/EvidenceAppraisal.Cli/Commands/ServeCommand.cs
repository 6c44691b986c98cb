using System.ComponentModel;
using System.Net;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary><c>serve [--port N]</c>: the journal-club web app on this computer, until Ctrl+C.</summary>
internal sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-p|--port <N>")]
        [Description("TCP port (default 5080; 0 picks a free one).")]
        public int Port { get; init; } = WebServerOptions.DefaultPort;

        [CommandOption("--host <ADDRESS>")]
        [Description("IP address to listen on (default 127.0.0.1; any other address lets other machines in).")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--max-request-kb <KB>")]
        [Description("Largest request body in kilobytes (default 2048).")]
        public int MaxRequestKb { get; init; } = 2048;

        [CommandOption("--timeout <SECONDS>")]
        [Description("How long one appraisal may take before the request is answered 504 (default 30).")]
        public int TimeoutSeconds { get; init; } = 30;

        public override ValidationResult Validate()
        {
            if (Port is < 0 or > 65535)
            {
                return ValidationResult.Error($"--port {Port} is not a TCP port (0 to 65535)");
            }

            if (!IPAddress.TryParse(Host, out _))
            {
                return ValidationResult.Error($"--host '{Host}' is not an IP address (e.g. 127.0.0.1 or ::1)");
            }

            if (MaxRequestKb is < 1 or > 1024 * 1024)
            {
                return ValidationResult.Error($"--max-request-kb {MaxRequestKb} must lie between 1 and 1048576");
            }

            return TimeoutSeconds is < 1 or > 3600
                ? ValidationResult.Error($"--timeout {TimeoutSeconds} must lie between 1 and 3600 seconds")
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var address = IPAddress.Parse(settings.Host);
        var options = new WebServerOptions
        {
            Address = address,
            Port = settings.Port,
            MaxRequestBytes = settings.MaxRequestKb * 1024L,
            AppraisalTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            ConsoleLogging = true,
            PubMed = InputSettings.Eutils(eutilsUrl: null, apiKey: null, cacheDir: null),
        };

        WebServer server;
        try
        {
            server = await WebServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new UserException($"cannot listen on {settings.Host} port {settings.Port}: {ex.Message.TrimEnd('.')}; choose another with --port", ExitCodes.Failed);
        }

        await using (server.ConfigureAwait(false))
        {
            if (!IPAddress.IsLoopback(address))
            {
                AnsiConsole.MarkupLine("[yellow]warning:[/] listening beyond this computer; anyone who can reach it can use the app");
            }

            Console.WriteLine($"EvidenceAppraisal is serving at {server.Address} (press Ctrl+C to stop)");
            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
