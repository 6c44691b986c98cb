namespace EvidenceAppraisal.Hardening.Tests.Hostile;

/// <summary>An abstract written to attack each report format, with every hostile part in places the report quotes.</summary>
internal static class HostileText
{
    public const string Title = "Heparin <script>alert('title')</script> {{ 7 * 7 }} [click](javascript:alert(1)) in sepsis: a review";

    public static readonly string[] Parts =
    [
        "<script>alert('body')</script>",
        "<img src=x onerror=alert(2)>",
        "<a href=\"javascript:alert(3)\">here</a>",
        "<a href=\" JaVaScRiPt:alert(4)\">there</a>",
        "\"><svg onload=alert(5)>",
        "<iframe src=\"//evil.example\"></iframe>",
        "</textarea></style></title><script>alert(6)</script>",
        "[link](javascript:alert(7))",
        "![pixel](http://evil.example/p.png)",
        "[ref]: http://evil.example",
        "{{ 7 * 7 }}",
        "{{ report.provenance.input_hash }}",
        "{% include 'report.html.sbn' %}",
        "{{ include 'report.html.sbn' }}",
        "{{ for x in 1..100000000 }}{{ x }}{{ end }}",
        "{%{ raw }%}",
        "| pipe | table |",
        "`code` ``` fence",
        "**bold** __under__ ~~strike~~",
        "# hash ## heading",
        "<!-- comment",
        "\\ backslash \\\\",
        "&amp; &lt;script&gt; &#x3C;script&#x3E;",
        "\u202Eright-to-left override\u202C",
        "e\u0301\u0302\u0303 combining marks",
        "\u05E9\u05DC\u05D5\u05DD Hebrew and \u0627\u0644\u0639\u0631\u0628\u064A\u0629 Arabic",
        "\U0001F600 emoji",
    ];

    /// <summary>Title, a blank line, then sentences a reader keeps and rules quote: claims, a review cue, hedges.</summary>
    public static string Abstract()
    {
        var sentences = new List<string>
        {
            "BACKGROUND: Sepsis is common and studies have found that heparin improves outcomes " + Parts[0] + ".",
            "METHODS: We reviewed the literature " + Parts[1] + " " + Parts[2] + ".",
        };
        for (var i = 3; i < Parts.Length; i++)
        {
            sentences.Add($"Heparin reduced 28-day mortality in patients {Parts[i]} and may improve survival.");
        }

        sentences.Add("CONCLUSIONS: Heparin may reduce mortality " + Parts[^1] + ".");
        return Title + "\n\n" + string.Join(" ", sentences) + "\n";
    }
}
