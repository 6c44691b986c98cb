using BenchmarkDotNet.Running;
using EvidenceAppraisal.Bench;
using EvidenceAppraisal.Bench.Corpus;

// bench make-pubmed N FILE(.xml|.xml.gz) | make-jsonl N FILE | read-only FILE | stages FILE [ROUNDS] | BenchmarkDotNet arguments
switch (args.FirstOrDefault())
{
    case "make-pubmed":
        PubMedXmlWriter.Write(args[2], SampleRecord.LoadAll(), int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"{args[2]}: {new FileInfo(args[2]).Length:N0} bytes");
        return 0;
    case "make-jsonl":
        JsonLinesWriter.Write(args[2], SampleRecord.LoadAll(), int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"{args[2]}: {new FileInfo(args[2]).Length:N0} bytes");
        return 0;
    case "read-only":
        return ReadOnly.Run(args[1]);
    case "stages":
        return StageProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(StageProfile).Assembly).Run(args);
        return 0;
}
