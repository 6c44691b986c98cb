namespace EvidenceAppraisal.Web.Tests.Support;

/// <summary>Records in PubMed's formats, written for these tests (an invented trial, not a real paper).</summary>
internal static class Records
{
    public const string Pmid = "98765432";

    public const string Title = "Early heparin for adults with sepsis: a randomised controlled trial.";

    private const string Background = "Whether heparin improves survival in sepsis is uncertain.";

    private const string Methods = "We randomly assigned 412 adults with sepsis to heparin or placebo in 14 hospitals.";

    private const string Results = "Death at 28 days occurred in 61 of 206 patients given heparin and 70 of 206 given placebo (risk ratio 0.87, 95% CI 0.66 to 1.15).";

    public static string PubMedArticle(string pmid = Pmid) => $"""
        <PubmedArticle>
          <MedlineCitation Status="MEDLINE" Owner="NLM">
            <PMID Version="1">{pmid}</PMID>
            <Article PubModel="Print">
              <Journal><Title>Journal of Invented Trials</Title><JournalIssue><PubDate><Year>2024</Year></PubDate></JournalIssue></Journal>
              <ArticleTitle>{Title}</ArticleTitle>
              <Abstract>
                <AbstractText Label="BACKGROUND">{Background}</AbstractText>
                <AbstractText Label="METHODS">{Methods}</AbstractText>
                <AbstractText Label="RESULTS">{Results}</AbstractText>
              </Abstract>
              <Language>eng</Language>
              <PublicationTypeList><PublicationType UI="D016449">Randomized Controlled Trial</PublicationType></PublicationTypeList>
            </Article>
          </MedlineCitation>
        </PubmedArticle>
        """;

    public static string PubMedSet(params string[] articles) =>
        $"<?xml version=\"1.0\" ?>\n<PubmedArticleSet>\n{string.Join("\n", articles)}\n</PubmedArticleSet>\n";

    public static string Medline => $"""
        PMID- {Pmid}
        TI  - {Title}
        AB  - BACKGROUND: {Background} METHODS: {Methods} RESULTS: {Results}
        LA  - eng
        PT  - Randomized Controlled Trial
        TA  - J Invented Trials
        DP  - 2024

        """;

    public static string Ris => $"""
        TY  - JOUR
        TI  - {Title}
        AB  - BACKGROUND: {Background} METHODS: {Methods} RESULTS: {Results}
        PY  - 2024
        ER  - 

        """;
}
