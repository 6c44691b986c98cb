using System.Diagnostics;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Bench;

/// <summary>Reads every record of an input and does nothing else: the rate parsing alone allows (the floor for batch).</summary>
internal static class ReadOnly
{
    public static int Run(string input)
    {
        var clock = Stopwatch.StartNew();
        long records = 0, failed = 0, sentences = 0;
        foreach (var result in DocumentReaders.Default.Read(InputSource.FromFile(input), ReadOptions.Default))
        {
            records++;
            if (result.Document is { } document)
            {
                sentences += document.Sentences.Count;
            }
            else
            {
                failed++;
            }
        }

        Console.WriteLine($"read {records:N0} records ({failed:N0} failed, {sentences:N0} sentences) in {clock.Elapsed.TotalSeconds:F2} s: {records / clock.Elapsed.TotalSeconds:N0} records/s");
        return 0;
    }
}
