using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Reading.Html;

/// <summary>
/// Bibliographic meta tags as publishers and PubMed write them for citation managers (Highwire
/// <c>citation_*</c>, Dublin Core <c>dc.*</c>, PRISM, Open Graph): the most reliable statement of title,
/// authors, journal, date and identifiers a page makes.
/// </summary>
internal static class PageMetaTags
{
    public static DocumentMetadata Read(HtmlElement root, out string? title)
    {
        var tags = new List<(string Name, string Content)>();
        foreach (var meta in root.Descendants().Where(e => e.Name == "meta"))
        {
            var name = meta.Attribute("name") ?? meta.Attribute("property") ?? meta.Attribute("itemprop");
            var content = meta.Attribute("content");
            if (name is not null && !string.IsNullOrWhiteSpace(content))
            {
                tags.Add((name.Trim().ToLowerInvariant(), DocumentBuilder.Normalise(content)));
            }
        }

        string? First(params string[] names) => names.Select(n => tags.FirstOrDefault(t => t.Name == n).Content).FirstOrDefault(c => c is not null);
        IEnumerable<string> All(string name) => tags.Where(t => t.Name == name).Select(t => t.Content);

        title = First("citation_title", "dc.title", "og:title");
        var metadata = new MetadataCollector();
        metadata.SetPmid(First("citation_pmid") ?? (First("ncbi_db") == "pubmed" ? First("ncbi_uid") : null));
        metadata.SetDoi(First("citation_doi", "prism.doi", "dc.identifier", "bepress_citation_doi"));
        metadata.SetJournal(First("citation_journal_title", "prism.publicationname", "citation_conference_title"));
        metadata.SetYear(First("citation_publication_date", "citation_date", "citation_online_date", "citation_year", "dc.date", "prism.publicationdate", "article:published_time"));
        metadata.SetLanguage(First("citation_language", "dc.language"));
        var authorLists = All("citation_authors").SelectMany(list => list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var author in All("citation_author").Concat(authorLists).Concat(All("dc.creator")))
        {
            metadata.AddAuthor(author);
        }

        foreach (var keywords in All("citation_keywords"))
        {
            foreach (var keyword in keywords.Split(keywords.Contains(';') ? ';' : ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                metadata.AddKeyword(keyword);
            }
        }

        return metadata.Build();
    }
}
