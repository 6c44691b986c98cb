using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Extraction;

/// <summary>Facts extracted by the default pipeline from texts written for the tests, and from the seed.</summary>
internal static class Extracted
{
    private static readonly Lazy<FactSet> SeedFacts = new(() => FactExtraction.Default.Extract(
        DocumentReaders.Default.Read(InputSource.FromFile(Repo.Seed), ReadOptions.Default).Single().Document!));

    public static FactSet Seed => SeedFacts.Value;

    /// <summary>Facts of an abstract given as its title, a blank line and its body.</summary>
    public static FactSet From(string title, params string[] sentences) =>
        FactExtraction.Default.Extract(PlainTextReader.Parse("test", title + "\n\n" + string.Join(" ", sentences)));
}
