using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Roles;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>One cue found in the title or a sentence, weighted by where it sits.</summary>
internal readonly record struct DesignHit(string Cue, Span Span, string Quote, int SentenceIndex, double Weight);

/// <summary>
/// The cues of one design family found in a document. A cue counts for where it sits: the title and the
/// aims and methods describe this study; the background cites other work and the conclusions wish for
/// more, so cues there count for little. Each sentence counts once per family.
/// </summary>
internal sealed class DesignEvidence
{
    public static readonly DesignEvidence None = new([]);

    private DesignEvidence(List<DesignHit> hits)
    {
        Hits = hits;
        Score = hits.Sum(h => h.Weight);
        InTitle = hits.Any(h => h.SentenceIndex < 0);
    }

    public IReadOnlyList<DesignHit> Hits { get; }

    /// <summary>Sum of the hits' weights: about 1 for one cue in the title or methods.</summary>
    public double Score { get; }

    public bool InTitle { get; }

    public bool Any => Hits.Count > 0;

    /// <summary>
    /// Collects the hits of <paramref name="cue"/> (in the title only, with <paramref name="titleOnly"/>; at full
    /// weight wherever they sit, with <paramref name="anyRole"/>, for cues that can only describe this study); with <paramref name="checkMentions"/>, cues that are negated,
    /// wished for or about other work are dropped (<see cref="DesignMentions"/>).
    /// </summary>
    public static DesignEvidence Find(DesignText text, Cue cue, bool checkMentions = true, bool titleOnly = false, bool anyRole = false)
    {
        List<DesignHit>? hits = null;
        // A text pasted without its title: the first sentence stands in for it ("This consensus statement ...").
        var untitled = string.IsNullOrWhiteSpace(text.Document.Title);
        var first = untitled && titleOnly ? 0 : -1;
        var last = titleOnly ? Math.Min(first + 1, text.Document.Sentences.Count) : text.Document.Sentences.Count;
        for (var i = first; i < last; i++)
        {
            var sentence = i < 0 ? text.Document.Title : text.Document.Sentences[i].Text;
            var start = i < 0 ? text.Document.TitleSpan.Start : text.Document.Sentences[i].Span.Start;
            if (!cue.MayMatch(text.Mask(i)))
            {
                continue;
            }

            foreach (Match m in cue.Pattern.Matches(sentence))
            {
                if (checkMentions && !DesignMentions.IsAboutThisStudy(sentence, m.Index, m.Length))
                {
                    continue;
                }

                (hits ??= []).Add(new DesignHit(m.Value, new Span(start + m.Index, m.Length), sentence, i, anyRole || titleOnly ? 1.0 : text.Weight(i)));
                break;
            }
        }

        return hits is null ? None : new DesignEvidence(hits);
    }
}

/// <summary>The document with the role of each sentence, which sets how much a cue in it counts.</summary>
internal sealed class DesignText
{
    private readonly SectionRole[] _roles;
    private readonly bool[] _aboutThisStudy;
    private readonly ulong[] _masks;


    public DesignText(ExtractionContext context)
    {
        var document = context.Document;
        var roles = context.FactsOf<SentenceRoleFact>();
        Document = document;
        _roles = new SectionRole[document.Sentences.Count];
        _aboutThisStudy = new bool[document.Sentences.Count];
        _masks = new ulong[document.Sentences.Count + 1];
        for (var i = -1; i < _aboutThisStudy.Length; i++)
        {
            _masks[i + 1] = context.CueMask(DesignCues.Set, i);
            if (i >= 0)
            {
                _aboutThisStudy[i] = DesignCues.ThisStudy.IsMatch(document.Sentences[i].Text, _masks[i + 1]);
            }
        }

        foreach (var role in roles)
        {
            if (role.SentenceIndex >= 0 && role.SentenceIndex < _roles.Length)
            {
                _roles[role.SentenceIndex] = role.Role;
            }
        }
    }

    public AbstractDocument Document { get; }

    /// <summary>
    /// How much a cue in sentence <paramref name="index"/> (-1 for the title) says about this study. A text of one
    /// or two sentences has no sections to tell its own methods from its background, so every cue counts fully.
    /// </summary>
    public double Weight(int index) => index < 0 || _roles.Length <= 2 ? 1.0 : Math.Max(_aboutThisStudy[index] ? 0.9 : 0, _roles[index] switch
    {
        SectionRole.Objective => 0.9,
        SectionRole.Methods => 1.0,
        SectionRole.Results => 0.6,
        SectionRole.Conclusions => 0.5,
        SectionRole.Background => 0.3,
        _ => 0.6,
    });

    /// <summary>Which design cues may match sentence <paramref name="index"/> (-1 for the title).</summary>
    public ulong Mask(int index) => _masks[index + 1];

    public SectionRole RoleOf(int index) => index < 0 ? SectionRole.Unknown : _roles[index];

    /// <summary>Whether sentence <paramref name="index"/> speaks of this study in so many words ("we", "this trial").</summary>
    public bool SaysThisStudy(int index) => index >= 0 && _aboutThisStudy[index];
}
