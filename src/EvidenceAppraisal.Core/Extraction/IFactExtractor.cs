namespace EvidenceAppraisal.Extraction;

/// <summary>Observes one family of facts. Extractors never judge; rules do.</summary>
public interface IFactExtractor
{
    void Extract(ExtractionContext context);
}
