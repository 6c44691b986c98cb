using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Reading;

/// <summary>Any input cut anywhere reads or fails as a read error (a failed record or an InputException), never otherwise.</summary>
public class TruncatedInputTests
{
    [Theory]
    [InlineData("mobilisation.txt")]
    [InlineData("mobilisation.html")]
    [InlineData("mobilisation.xml")]
    [InlineData("mobilisation.nbib")]
    [InlineData("mobilisation.ris")]
    public void Every_cut_of_a_sample_reads_or_fails_as_a_read_error(string sample)
    {
        var bytes = File.ReadAllBytes(Samples.PathOf(sample));
        var format = FormatDetector.Detect(Samples.Source(sample));
        var outcomes = new Dictionary<string, int>();
        foreach (var length in Enumerable.Range(0, bytes.Length / 7 + 1).Select(i => i * 7).Append(bytes.Length))
        {
            var source = Samples.FromBytes($"cut-{length}", bytes[..length]);
            string outcome;
            try
            {
                var results = DocumentReaders.Default.Read(source, ReadOptions.Default with { Format = format }).ToList();
                results.ShouldAllBe(r => (r.Document == null) != (r.Error == null));
                outcome = results.Any(r => r.Error is not null) ? "failed record" : "read";
            }
            catch (InputException ex)
            {
                ex.Error.Source.ShouldBe($"cut-{length}");
                outcome = "refused";
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        outcomes.Keys.ShouldContain("read");
        outcomes.Keys.ShouldContain("refused");
    }
}
