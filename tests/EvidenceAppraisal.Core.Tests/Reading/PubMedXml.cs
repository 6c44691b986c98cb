using System.Text;

namespace EvidenceAppraisal.Core.Tests.Reading;

/// <summary>Small PubMed XML inputs for tests: one record per line, so record k of a set is on line 3 + k.</summary>
internal static class PubMedXml
{
    public const string Declaration = "<?xml version=\"1.0\" ?>";

    public const string Doctype = "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">";

    public static string Set(params string[] records) =>
        $"{Declaration}\n{Doctype}\n<PubmedArticleSet>\n{string.Join("\n", records)}\n</PubmedArticleSet>\n";

    public static string Record(string pmid, string title, string abstractXml = "", string article = "") =>
        $"<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">{pmid}</PMID><Article PubModel=\"Print\">"
        + $"<Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue><Title>Journal of Examples</Title></Journal><ArticleTitle>{title}</ArticleTitle>"
        + (abstractXml.Length > 0 ? $"<Abstract>{abstractXml}</Abstract>" : "")
        + $"<Language>eng</Language>{article}</Article></MedlineCitation></PubmedArticle>";

    public static string Text(string content) => $"<AbstractText>{content}</AbstractText>";

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);
}
