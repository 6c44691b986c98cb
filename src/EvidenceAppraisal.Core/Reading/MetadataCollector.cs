using System.Globalization;
using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// Gathers the bibliographic details a reader meets, in any order: the first value of a single field wins,
/// lists keep their order without repeats. One place normalises DOIs, years and registry ids for every format.
/// </summary>
internal sealed partial class MetadataCollector
{
    private readonly List<string> _authors = [];
    private readonly List<string> _publicationTypes = [];
    private readonly List<string> _mesh = [];
    private readonly List<string> _keywords = [];
    private readonly List<string> _registryIds = [];

    public string? Pmid { get; private set; }

    public string? Doi { get; private set; }

    public string? Journal { get; private set; }

    public int? Year { get; private set; }

    public string? Language { get; private set; }

    /// <summary>Starts from details already known (e.g. a page's meta tags), which then win over what the text says.</summary>
    public static MetadataCollector From(DocumentMetadata known)
    {
        var collector = new MetadataCollector
        {
            Pmid = known.Pmid,
            Doi = known.Doi,
            Journal = known.Journal,
            Year = known.Year,
            Language = known.Language,
        };
        collector._authors.AddRange(known.Authors);
        collector._publicationTypes.AddRange(known.PublicationTypes);
        collector._mesh.AddRange(known.MeshHeadings);
        collector._keywords.AddRange(known.Keywords);
        collector._registryIds.AddRange(known.RegistryIds);
        return collector;
    }

    public void SetPmid(string? value)
    {
        var clean = value?.Trim();
        if (Pmid is null && !string.IsNullOrEmpty(clean) && clean.All(char.IsAsciiDigit))
        {
            Pmid = clean;
        }
    }

    /// <summary>Accepts "10.x/y", "doi:10.x/y", "https://doi.org/10.x/y" or "10.x/y [doi]"; keeps the bare DOI.</summary>
    public void SetDoi(string? value)
    {
        if (Doi is not null || value is null)
        {
            return;
        }

        var match = DoiPattern().Match(value);
        if (match.Success)
        {
            var doi = match.Value.TrimEnd('.', ',', ';', ':');
            while (doi.EndsWith(')') && doi.Count(c => c == ')') > doi.Count(c => c == '('))
            {
                doi = doi[..^1].TrimEnd('.', ',', ';', ':');
            }

            Doi = doi;
        }
    }

    public void SetJournal(string? value)
    {
        var clean = value is null ? null : DocumentBuilder.Normalise(value).TrimEnd('.').Trim();
        if (Journal is null && !string.IsNullOrEmpty(clean))
        {
            Journal = clean;
        }
    }

    /// <summary>The first plausible four-digit year in a date as written ("2019 Mar 14", "1998 Dec-1999 Jan", "2020/05/01").</summary>
    public void SetYear(string? value)
    {
        if (Year is not null || value is null)
        {
            return;
        }

        var match = YearPattern().Match(value);
        // \d also matches digits of other scripts, which int.Parse refuses.
        if (match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            Year = year;
        }
    }

    public void SetLanguage(string? value)
    {
        var clean = value?.Trim();
        if (Language is null && !string.IsNullOrEmpty(clean))
        {
            Language = clean;
        }
    }

    /// <summary>Adds an author; "Smith, Jane A" (RIS, meta tags) becomes PubMed's "Smith JA", so formats agree.</summary>
    public void AddAuthor(string? name)
    {
        var parts = name?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts is [var last, var given] && given.Length > 0 && char.IsLetter(given[0]))
        {
            var initials = string.Concat(given.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            name = initials.Length > 0 ? $"{last} {initials}" : name;
        }

        AddDistinct(_authors, name);
    }

    public void AddPublicationType(string? type) => AddDistinct(_publicationTypes, type);

    public void AddMeshHeading(string? heading) => AddDistinct(_mesh, heading);

    public void AddKeyword(string? keyword) => AddDistinct(_keywords, keyword?.Trim().TrimEnd('.', ';', ','));

    /// <summary>Keeps an accession number when its data bank is a trial or review registry; gene banks and data repositories are not registrations.</summary>
    public void AddAccession(string? dataBank, string? accession)
    {
        if (accession is not null && TrialRegistries.IsRegistry(dataBank, accession))
        {
            AddDistinct(_registryIds, accession);
        }
    }

    public DocumentMetadata Build() => new()
    {
        Pmid = Pmid,
        Doi = Doi,
        Journal = Journal,
        Year = Year,
        Language = Language,
        Authors = _authors.ToArray(),
        PublicationTypes = _publicationTypes.ToArray(),
        MeshHeadings = _mesh.ToArray(),
        Keywords = _keywords.ToArray(),
        RegistryIds = _registryIds.ToArray(),
    };

    private static void AddDistinct(List<string> list, string? value)
    {
        var clean = value is null ? null : DocumentBuilder.Normalise(value);
        if (!string.IsNullOrEmpty(clean) && !list.Contains(clean, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(clean);
        }
    }

    [GeneratedRegex(@"10\.\d{4,9}/[^\s""<>]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"\b(1[89]\d{2}|20\d{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearPattern();
}
