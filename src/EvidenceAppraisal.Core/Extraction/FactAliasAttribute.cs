namespace EvidenceAppraisal.Extraction;

/// <summary>The name by which rules refer to a fact type (<c>fact: claim</c>). Only aliased types reach rules.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FactAliasAttribute(string alias) : Attribute
{
    public string Alias { get; } = alias;
}
