using System.Diagnostics;
using System.Text;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reporting.Appraising;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Bench;

/// <summary>
/// Stopwatch profile of the pipeline on one thread, stage by stage, over a real input: where the time of a
/// record goes (µs per record), before anything is optimised. Complements the BenchmarkDotNet runs, which
/// measure one abstract per stage with statistics.
/// </summary>
internal static class StageProfile
{
    public static int Run(string input, int rounds)
    {
        var source = InputSource.FromFile(input);
        var watch = Stopwatch.StartNew();
        var rulesFolder = Path.Combine(AppContext.BaseDirectory, "rules");
        RuleSetCompiler.Load(rulesFolder);
        Console.WriteLine($"compile rules, conditions interpreted (report): {watch.Elapsed.TotalMilliseconds:F0} ms");
        watch.Restart();
        // As batch runs them: conditions emitted as IL.
        var rules = RuleSetCompiler.Load(rulesFolder, code: ConditionCode.Emitted);
        Console.WriteLine($"compile rules, conditions emitted (batch): {watch.Elapsed.TotalMilliseconds:F0} ms ({rules.Rules.Count} rules), sessions reusable: {rules.CanReuseSessions}");
        var appraiser = new Appraiser(rules);

        for (var round = 1; round <= rounds; round++)
        {
            var times = new Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)>();
            void Time(string stage, Action action)
            {
                var start = Stopwatch.GetTimestamp();
                var cpu = ThreadCpu.Now();
                action();
                var (wall, cpuSoFar) = times.GetValueOrDefault(stage);
                times[stage] = (wall + Stopwatch.GetElapsedTime(start), cpuSoFar + (ThreadCpu.Now() - cpu));
            }

            var documents = new List<AbstractDocument>();
            Time("read", () => documents.AddRange(DocumentReaders.Default.Read(source, ReadOptions.Default).Where(r => r.Document is not null).Select(r => r.Document!)));
            var facts = new List<FactSet>(documents.Count);
            Time("extract", () => facts.AddRange(documents.Select(FactExtraction.Default.Extract)));
            Time("rules: session per document", () => { foreach (var f in facts) { rules.Appraise(f); } });
            var session = rules.OpenSession();
            Time("rules: reused session", () => { foreach (var f in facts) { session.Appraise(f); } });
            foreach (var document in documents)
            {
                // Per extractor, in pipeline order (later extractors read earlier facts): where extraction's time goes.
                var context = new ExtractionContext(document);
                foreach (var extractor in FactExtraction.Default.Extractors)
                {
                    Time("  extract: " + extractor.GetType().Name, () => extractor.Extract(context));
                }
            }

            var reports = new List<Reporting.Model.AppraisalReport>(documents.Count);
            Time("appraise (extract+rules+model)", () => reports.AddRange(documents.Select(d => appraiser.Appraise(d, session))));
            // As batch does it: runs of records stage by stage, a fresh rule session each.
            Time($"appraise, runs of {Appraiser.RunLength} (as batch)", () =>
            {
                foreach (var run in documents.Chunk(Appraiser.RunLength))
                {
                    appraiser.AppraiseEach(run);
                }
            });
            long bytes = 0;
            // As batch writes a line: the build-time serialiser into one reused writer.
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
            using var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = JsonReportRenderer.CompactOptions.Encoder });
            Time("render JSON line", () =>
            {
                foreach (var r in reports)
                {
                    buffer.ResetWrittenCount();
                    json.Reset(buffer);
                    JsonReportRenderer.WriteCompact(json, r);
                    json.Flush();
                    bytes += buffer.WrittenCount;
                }
            });

            Console.WriteLine($"round {round}: {documents.Count:N0} records, {bytes / Math.Max(1, documents.Count):N0} JSON bytes/record (this thread's CPU time; wall time in brackets; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
            var n = Math.Max(1, documents.Count);
            foreach (var (stage, (wall, cpu)) in times)
            {
                Console.WriteLine($"  {stage,-38} {cpu.TotalMilliseconds,7:F0} ms {cpu.TotalMicroseconds / n,8:F1} µs/record {n / Math.Max(1e-9, cpu.TotalSeconds),9:N0} records/CPU-s  (wall {wall.TotalMicroseconds / n,8:F1} µs/record)");
            }
        }

        return 0;
    }
}
