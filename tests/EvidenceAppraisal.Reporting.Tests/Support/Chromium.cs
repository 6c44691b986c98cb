using System.Diagnostics;

namespace EvidenceAppraisal.Reporting.Tests.Support;

/// <summary>Debian's headless Chromium, run the way CI runs it: no sandbox, no GPU, no network chatter, a fresh profile each time.</summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string Executable =>
        Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured ? configured
        : Candidates.FirstOrDefault(File.Exists)
          ?? throw new InvalidOperationException("chromium not found: run `bash .ci/setup.d/chromium.sh` (Debian package 'chromium') or set CHROMIUM");

    /// <summary>Runs Chromium on a local file with extra arguments; fails with its output when it does not exit 0 within a minute.</summary>
    public static void Run(string htmlFile, params string[] arguments)
    {
        var profile = Repo.TempFolder();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile}", .. arguments, new Uri(htmlFile).AbsoluteUri])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within 60 s: {stderr.Result}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chromium exited {process.ExitCode}: {stdout.Result} {stderr.Result}");
        }

        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile folder Chromium still holds is left for the system to clean.
        }
    }

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        png.AsSpan(0, 8).SequenceEqual(signature).ShouldBeTrue("not a PNG");
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
