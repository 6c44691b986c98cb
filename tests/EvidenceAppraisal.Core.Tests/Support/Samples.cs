using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Core.Tests.Support;

/// <summary>The sample inputs written for the reader tests (Reading/Samples) and small helpers to read inputs.</summary>
internal static class Samples
{
    public static string PathOf(string name) => Path.Combine(Repo.Root, "tests", "EvidenceAppraisal.Core.Tests", "Reading", "Samples", name);

    public static InputSource Source(string name) => InputSource.FromFile(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>The one PubmedArticle of mobilisation.xml, for building other PubMed XML inputs around it.</summary>
    public static string PubMedRecord(string? pmid = null)
    {
        var xml = Text("mobilisation.xml");
        var start = xml.IndexOf("<PubmedArticle>", StringComparison.Ordinal);
        var end = xml.IndexOf("</PubmedArticle>", StringComparison.Ordinal) + "</PubmedArticle>".Length;
        var record = xml[start..end];
        return pmid is null ? record : record.Replace("99000001", pmid, StringComparison.Ordinal);
    }

    public static InputSource FromBytes(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes, writable: false));

    public static List<ReadResult> ReadAll(IDocumentReader reader, InputSource source, ReadOptions? options = null) =>
        reader.Read(source, options ?? ReadOptions.Default).ToList();
}
