using System.Text;
using System.Xml;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Reading.PubMed;

/// <summary>
/// One <c>PubmedArticle</c> (or <c>PubmedBookArticle</c>) read from an <see cref="XmlReader"/> positioned on its start
/// tag, streaming: only the fields a document needs are kept, each recognised by its parent elements (so the PMIDs
/// and DOIs of cited articles in CommentsCorrections and ReferenceList are never taken for the record's own).
/// </summary>
internal sealed class PubMedRecord
{
    private readonly List<string> _path = [];
    private readonly List<(string? Label, string? Category, string Text)> _parts = [];
    private readonly MetadataCollector _metadata = new();
    private readonly long _maxChars;
    private long _chars;
    private string _title = "";
    private string? _fallbackTitle;
    private string? _journalAbbreviation;
    private string? _dataBank;
    private string? _lastName;
    private string? _initials;

    public PubMedRecord(long maxChars)
    {
        _maxChars = maxChars;
    }

    /// <summary>The record's PMID once read (it comes first in every record), for messages.</summary>
    public string? Pmid => _metadata.Pmid;

    /// <summary>Any text of the record contains U+FFFD: a byte the decoder could not read.</summary>
    public bool HasReplacementCharacters { get; private set; }

    /// <summary>Reads the record's fields; returns with the reader on the record's end tag.</summary>
    public void ReadFrom(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName is "PubmedArticle" or "PubmedBookArticle")
                {
                    var info = (IXmlLineInfo)xml;
                    throw new PubMedStructureException("is not closed before the next record starts", info.LineNumber, Math.Max(1, info.LinePosition - 1));
                }

                if (!Capture(xml) && !xml.IsEmptyElement)
                {
                    _path.Add(xml.LocalName);
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (_path.Count == 0)
                {
                    return;
                }

                if (_path[^1] == "Author" && Parent(1) == "AuthorList")
                {
                    AddAuthor();
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }
    }

    public AbstractDocument? Build(string sourceName, string recordId)
    {
        var title = _title.Length > 0 ? _title : _fallbackTitle ?? "";
        if (title.Trim().Length == 0 && _parts.Count == 0)
        {
            return null;
        }

        _metadata.SetJournal(_journalAbbreviation);
        var builder = new DocumentBuilder(sourceName, recordId) { Metadata = _metadata.Build() };
        builder.Title(title);
        var unlabelled = new List<string>();
        foreach (var (label, category, text) in _parts)
        {
            var clean = PageFurniture.StripCopyrightTail(text);
            if (label is null)
            {
                unlabelled.Add(clean);
                continue;
            }

            FlushUnlabelled(builder, unlabelled);
            builder.Section(label, clean, RoleOf(category));
        }

        FlushUnlabelled(builder, unlabelled);
        return builder.Build();
    }

    /// <summary>Unlabelled paragraphs run together as a body (its inline headings found), as the same abstract pasted would.</summary>
    private static void FlushUnlabelled(DocumentBuilder builder, List<string> paragraphs)
    {
        if (paragraphs.Count > 0)
        {
            builder.Body(string.Join("\n", paragraphs));
            paragraphs.Clear();
        }
    }

    /// <summary>The indexer's category decides the role; UNASSIGNED or none leaves it to the label.</summary>
    private static SectionRole? RoleOf(string? category) => category?.ToUpperInvariant() switch
    {
        "BACKGROUND" => SectionRole.Background,
        "OBJECTIVE" => SectionRole.Objective,
        "METHODS" => SectionRole.Methods,
        "RESULTS" => SectionRole.Results,
        "CONCLUSIONS" => SectionRole.Conclusions,
        _ => null,
    };

    private string? Parent(int up = 0) => _path.Count > up ? _path[_path.Count - 1 - up] : null;

    /// <summary>Reads the element under the reader when it is a field the document needs; true when it was consumed.</summary>
    private bool Capture(XmlReader xml)
    {
        var parent = Parent();
        switch (xml.LocalName)
        {
            case "PMID" when parent is "MedlineCitation" or "BookDocument":
                _metadata.SetPmid(Inline(xml));
                return true;
            case "ArticleTitle" when parent is "Article" or "BookDocument":
                _title = Inline(xml);
                return true;
            case "VernacularTitle" when parent is "Article":
            case "BookTitle" when parent is "Book":
                _fallbackTitle ??= Inline(xml);
                return true;
            case "AbstractText" when parent is "Abstract" && Parent(1) is "Article" or "BookDocument":
                var label = xml.GetAttribute("Label");
                var category = xml.GetAttribute("NlmCategory");
                _parts.Add((IsLabel(label) ? label : null, category, Inline(xml)));
                return true;
            case "Title" when parent is "Journal":
                _metadata.SetJournal(Inline(xml));
                return true;
            case "ISOAbbreviation" when parent is "Journal":
                _journalAbbreviation = Inline(xml);
                return true;
            case "Year" or "MedlineDate" when parent is "PubDate" or "ArticleDate":
                _metadata.SetYear(Inline(xml));
                return true;
            case "Language" when parent is "Article" or "BookDocument":
                _metadata.SetLanguage(Inline(xml));
                return true;
            case "PublicationType" when parent is "PublicationTypeList":
                _metadata.AddPublicationType(Inline(xml));
                return true;
            case "DescriptorName" when parent is "MeshHeading":
                _metadata.AddMeshHeading(Inline(xml));
                return true;
            case "Keyword" when parent is "KeywordList":
                _metadata.AddKeyword(Inline(xml));
                return true;
            case "DataBankName" when parent is "DataBank":
                _dataBank = Inline(xml);
                return true;
            case "AccessionNumber" when parent is "AccessionNumberList":
                _metadata.AddAccession(_dataBank, Inline(xml));
                return true;
            case "ELocationID" when parent is "Article" && xml.GetAttribute("EIdType") == "doi":
                _metadata.SetDoi(Inline(xml));
                return true;
            case "ArticleId" when parent is "ArticleIdList" && Parent(1) is "PubmedData" or "PubmedBookData":
                var type = xml.GetAttribute("IdType");
                var id = Inline(xml);
                if (type == "doi")
                {
                    _metadata.SetDoi(id);
                }
                else if (type == "pubmed")
                {
                    _metadata.SetPmid(id);
                }

                return true;
            case "LastName" when parent is "Author":
                _lastName = Inline(xml);
                return true;
            case "Initials" when parent is "Author":
                _initials = Inline(xml);
                return true;
            case "CollectiveName" when parent is "Author":
                _lastName = Inline(xml);
                _initials = null;
                return true;
            default:
                return false;
        }
    }

    /// <summary>PubMed marks a paragraph of a structured abstract that has no heading with these.</summary>
    private static bool IsLabel(string? label) =>
        !string.IsNullOrWhiteSpace(label) && label is not ("UNLABELLED" or "UNASSIGNED" or "Unlabelled");

    private void AddAuthor()
    {
        if (_lastName is not null)
        {
            _metadata.AddAuthor(_initials is null ? _lastName : $"{_lastName} {_initials}");
        }

        (_lastName, _initials) = (null, null);
    }

    /// <summary>An element's text with its inline markup (&lt;i&gt;, &lt;sup&gt;, &lt;sub&gt;, MathML) kept as text; the reader ends on its end tag.</summary>
    private string Inline(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        AppendInline(xml, text);
        _chars += text.Length;
        if (_chars > _maxChars)
        {
            throw new PubMedRecordTooLargeException(_maxChars);
        }

        var value = text.ToString();
        HasReplacementCharacters |= value.Contains('\uFFFD', StringComparison.Ordinal);
        return value;
    }

    private static void AppendInline(XmlReader xml, StringBuilder text)
    {
        var depth = xml.Depth;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    text.Append(xml.Value);
                    break;
                case XmlNodeType.Element when xml.LocalName == "sup" && !xml.IsEmptyElement:
                    var superscript = new StringBuilder();
                    AppendInline(xml, superscript);
                    InlineMarkup.AppendSuperscript(text, superscript.ToString());
                    break;
                case XmlNodeType.EndElement when xml.Depth == depth:
                    return;
            }
        }
    }
}
