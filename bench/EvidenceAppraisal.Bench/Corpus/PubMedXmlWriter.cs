using System.IO.Compression;
using System.Text;
using System.Xml;

namespace EvidenceAppraisal.Bench.Corpus;

/// <summary>
/// Writes a PubMed baseline-style file (<c>PubmedArticleSet</c>, optionally gzipped) by repeating the sample
/// records with fresh PMIDs, with the bulk a real record carries (authors, MeSH, dates, ids, references)
/// so that reading costs what it costs on a real baseline file.
/// </summary>
internal static class PubMedXmlWriter
{
    private static readonly string[] Surnames = ["Smith", "Okafor", "Nguyen", "García", "Müller", "Kowalski", "Tanaka", "Haddad", "Rossi", "Johansson", "Patel", "Kim"];
    private static readonly string[] Forenames = ["Anna", "Joseph", "Mei", "Carlos", "Ingrid", "Tomasz", "Yuki", "Leila", "Marco", "Erik", "Priya", "Min-jun"];

    public static void Write(string path, IReadOnlyList<SampleRecord> samples, int count, int firstPmid = 30_000_001)
    {
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.Fastest) : file;
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" });
        xml.WriteStartDocument();
        xml.WriteDocType("PubmedArticleSet", "-//NLM//DTD PubMedArticle, 1st January 2025//EN", "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd", null);
        xml.WriteStartElement("PubmedArticleSet");
        for (var i = 0; i < count; i++)
        {
            WriteArticle(xml, samples[i % samples.Count], firstPmid + i, i);
            xml.WriteWhitespace("\n");
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteArticle(XmlWriter xml, SampleRecord r, int pmid, int i)
    {
        var id = pmid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        xml.WriteStartElement("PubmedArticle");
        xml.WriteStartElement("MedlineCitation");
        xml.WriteAttributeString("Status", "MEDLINE");
        xml.WriteAttributeString("Owner", "NLM");
        Element(xml, "PMID", id, ("Version", "1"));
        Date(xml, "DateCompleted", r.Year + 1, 3, 14);
        Date(xml, "DateRevised", r.Year + 2, 7, 1);
        xml.WriteStartElement("Article");
        xml.WriteAttributeString("PubModel", "Print-Electronic");
        xml.WriteStartElement("Journal");
        Element(xml, "ISSN", $"{1000 + i % 8999:D4}-{i % 9973:D4}", ("IssnType", "Electronic"));
        xml.WriteStartElement("JournalIssue");
        xml.WriteAttributeString("CitedMedium", "Internet");
        Element(xml, "Volume", (r.Year - 1990).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Element(xml, "Issue", (1 + i % 12).ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteStartElement("PubDate");
        Element(xml, "Year", r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Element(xml, "Month", "Mar");
        xml.WriteEndElement();
        xml.WriteEndElement();
        Element(xml, "Title", r.Journal);
        Element(xml, "ISOAbbreviation", string.Concat(r.Journal.Split(' ').Select(w => w.Length > 4 ? w[..4] + ". " : w + " ")).Trim());
        xml.WriteEndElement();
        Element(xml, "ArticleTitle", r.Title);
        xml.WriteStartElement("Pagination");
        Element(xml, "MedlinePgn", $"{100 + i % 800}-{110 + i % 800}");
        xml.WriteEndElement();
        Element(xml, "ELocationID", $"10.1000/bench.{id}", ("EIdType", "doi"), ("ValidYN", "Y"));
        xml.WriteStartElement("Abstract");
        foreach (var (label, text) in r.Sections)
        {
            xml.WriteStartElement("AbstractText");
            if (label is not null)
            {
                xml.WriteAttributeString("Label", label);
                xml.WriteAttributeString("NlmCategory", Category(label));
            }

            xml.WriteString(text);
            xml.WriteEndElement();
        }

        Element(xml, "CopyrightInformation", $"© {r.Year} The Authors.");
        xml.WriteEndElement();
        xml.WriteStartElement("AuthorList");
        xml.WriteAttributeString("CompleteYN", "Y");
        for (var a = 0; a < 4 + i % 6; a++)
        {
            xml.WriteStartElement("Author");
            xml.WriteAttributeString("ValidYN", "Y");
            Element(xml, "LastName", Surnames[(i + a) % Surnames.Length]);
            Element(xml, "ForeName", Forenames[(i * 7 + a) % Forenames.Length]);
            Element(xml, "Initials", Forenames[(i * 7 + a) % Forenames.Length][..1]);
            xml.WriteStartElement("AffiliationInfo");
            Element(xml, "Affiliation", $"Department of Medicine, University Hospital {1 + (i + a) % 40}, Example City, Country.");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        Element(xml, "Language", "eng");
        if (r.RegistryIds.Count > 0)
        {
            xml.WriteStartElement("DataBankList");
            xml.WriteAttributeString("CompleteYN", "Y");
            foreach (var registry in r.RegistryIds)
            {
                xml.WriteStartElement("DataBank");
                Element(xml, "DataBankName", registry.StartsWith("NCT", StringComparison.Ordinal) ? "ClinicalTrials.gov" : "ISRCTN");
                xml.WriteStartElement("AccessionNumberList");
                Element(xml, "AccessionNumber", registry);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("PublicationTypeList");
        foreach (var type in r.PublicationTypes)
        {
            Element(xml, "PublicationType", type, ("UI", "D016428"));
        }

        xml.WriteEndElement();
        xml.WriteEndElement(); // Article
        xml.WriteStartElement("MedlineJournalInfo");
        Element(xml, "Country", "England");
        Element(xml, "MedlineTA", r.Journal);
        Element(xml, "NlmUniqueID", (100_000_000 + i % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("MeshHeadingList");
        foreach (var mesh in r.Mesh)
        {
            xml.WriteStartElement("MeshHeading");
            Element(xml, "DescriptorName", mesh, ("UI", "D000001"), ("MajorTopicYN", "N"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement(); // MedlineCitation
        xml.WriteStartElement("PubmedData");
        xml.WriteStartElement("History");
        foreach (var status in new[] { "received", "accepted", "pubmed", "medline", "entrez" })
        {
            xml.WriteStartElement("PubMedPubDate");
            xml.WriteAttributeString("PubStatus", status);
            Element(xml, "Year", r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Element(xml, "Month", "1");
            Element(xml, "Day", "15");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        Element(xml, "PublicationStatus", "ppublish");
        xml.WriteStartElement("ArticleIdList");
        Element(xml, "ArticleId", id, ("IdType", "pubmed"));
        Element(xml, "ArticleId", $"10.1000/bench.{id}", ("IdType", "doi"));
        xml.WriteEndElement();
        xml.WriteStartElement("ReferenceList");
        for (var k = 0; k < 12 + i % 20; k++)
        {
            xml.WriteStartElement("Reference");
            Element(xml, "Citation", $"{Surnames[(i + k) % Surnames.Length]} {Forenames[k % Forenames.Length][..1]}, et al. A study of topic {k} in {r.Journal}. {r.Year - 1 - k % 15};{k + 3}:{k * 11 + 1}-{k * 11 + 9}.");
            xml.WriteStartElement("ArticleIdList");
            Element(xml, "ArticleId", (20_000_000 + i * 31 + k).ToString(System.Globalization.CultureInfo.InvariantCulture), ("IdType", "pubmed"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement(); // PubmedData
        xml.WriteEndElement(); // PubmedArticle
    }

    private static string Category(string label)
    {
        var lower = label.ToLowerInvariant();
        return lower.Contains("background", StringComparison.Ordinal) || lower.Contains("introduction", StringComparison.Ordinal) ? "BACKGROUND"
            : lower.StartsWith("aim", StringComparison.Ordinal) || lower.StartsWith("objective", StringComparison.Ordinal) ? "OBJECTIVE"
            : lower.StartsWith("result", StringComparison.Ordinal) ? "RESULTS"
            : lower.StartsWith("conclusion", StringComparison.Ordinal) ? "CONCLUSIONS"
            : "METHODS";
    }

    private static void Date(XmlWriter xml, string name, int year, int month, int day)
    {
        xml.WriteStartElement(name);
        Element(xml, "Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Element(xml, "Month", month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        Element(xml, "Day", day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string value, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name);
        foreach (var (attribute, attributeValue) in attributes)
        {
            xml.WriteAttributeString(attribute, attributeValue);
        }

        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
