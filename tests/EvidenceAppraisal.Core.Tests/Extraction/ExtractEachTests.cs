using System.Text.Json;
using EvidenceAppraisal.Core.Tests.Support;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Extraction;

/// <summary>Batch extracts runs of documents extractor by extractor; each document must get the facts it gets alone.</summary>
public class ExtractEachTests
{
    private static readonly string[] Texts =
    [
        "Heparin in septic shock: a randomised trial.\n\nWe randomly assigned 412 adults with septic shock to heparin or placebo. Heparin reduced 28-day mortality (RR 0.81, 95% CI 0.70 to 0.94; p = 0.004). Major bleeding was more frequent with heparin (6% vs 3%). Heparin may improve survival, although this remains controversial. Registered at ClinicalTrials.gov, NCT01234567.",
        "Night shifts and diabetes in nurses.\n\nIn this cohort of 9,000 nurses followed for 12 years, night shifts were associated with type 2 diabetes (HR 1.31, 95% CI 1.12-1.52). Further research is needed.",
        "A rash after a new anticonvulsant.\n\nWe describe a patient who developed a rash after starting lamotrigine. The rash resolved after the drug was stopped.",
        "Sleep and memory: a review.\n\nThis review summarises 38 studies of sleep and memory. Sleep probably improves memory, but the evidence is of low certainty.",
    ];

    [Fact]
    public void Each_document_gets_the_facts_it_gets_alone_in_the_same_order()
    {
        var documents = Texts.Select((t, i) => PlainTextReader.Parse($"t{i}.txt", t))
            .Prepend(DocumentReaders.Default.Read(InputSource.FromFile(Repo.Seed), ReadOptions.Default).Single().Document!)
            .ToList();

        var each = FactExtraction.Default.ExtractEach(documents);

        each.Length.ShouldBe(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var alone = FactExtraction.Default.Extract(documents[i]);
            each[i].Document.ShouldBeSameAs(documents[i]);
            Describe(each[i]).ShouldBe(Describe(alone), $"document {i}");
            each[i].Notes.ShouldBe(alone.Notes);
            alone.All.Count.ShouldBeGreaterThan(5, $"document {i} has facts to compare");
        }
    }

    [Fact]
    public void No_documents_give_no_fact_sets() => FactExtraction.Default.ExtractEach(Array.Empty<AbstractDocument>()).ShouldBeEmpty();

    private static List<string> Describe(FactSet facts) =>
        facts.All.Select(f => f.GetType().Name + " " + JsonSerializer.Serialize(f, f.GetType())).ToList();
}
