using System.Net;
using System.Net.Sockets;

namespace EvidenceAppraisal.Cli.Tests;

/// <summary>
/// The <c>serve</c> command's refusals. Serving itself is tested end to end in EvidenceAppraisal.Web.Tests and,
/// as a process, by <c>.ci/checks/40-web-serve.sh</c>.
/// </summary>
[Collection("console")]
public class ServeCommandTests
{
    [Theory]
    [InlineData(new[] { "--port", "70000" }, "--port 70000 is not a TCP port")]
    [InlineData(new[] { "--host", "example.org" }, "--host 'example.org' is not an IP address")]
    [InlineData(new[] { "--timeout", "0" }, "--timeout 0 must lie between")]
    [InlineData(new[] { "--max-request-kb", "0" }, "--max-request-kb 0 must lie between")]
    public void Bad_options_are_one_line_with_the_usage_exit_code(string[] options, string expected)
    {
        var (code, _, stderr) = CliRun.Run(["serve", .. options]);
        code.ShouldBe(64);
        stderr.Trim().ShouldStartWith($"error: {expected}");
        stderr.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_a_failure_exit_code()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Bounded: were the bind to succeed, serve would run until stopped.
        var (code, _, stderr) = await Task.Run(() => CliRun.Run("serve", "--port", port)).WaitAsync(TimeSpan.FromSeconds(60));

        code.ShouldBe(1);
        stderr.Trim().ShouldStartWith($"error: cannot listen on 127.0.0.1 port {port}:");
        stderr.ShouldContain("--port");
        stderr.Trim().Split('\n').Length.ShouldBe(1);
    }
}
