using System.Globalization;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Roles;
using EvidenceAppraisal.RoleFit;

// Fits the section-role model (RoleCues scores, RoleWeights) on a labelled roles corpus.
//   dotnet run --project tools/EvidenceAppraisal.RoleFit -- ../shared/corpus/dev/roles.jsonl [--epochs 8] [--folds 5] [--seed 1] [--alone-weight 0.25] [--write] [--errors FILE | --predictions FILE]
// Prints the accuracy of the weights in the source, the k-fold cross-validated accuracy of a refit (an estimate for
// unseen abstracts), and the accuracy of the refit on all records; --write puts the refit into
// src/EvidenceAppraisal.Core/Extraction/Roles/*.cs; --errors writes the sentences the refit still mislabels (--predictions: all sentences)
// and the gold sentences that do not map one to one onto the product's sentences.
if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine("usage: RoleFit CORPUS [--epochs N] [--folds K] [--seed N] [--write] [--errors FILE]");
    return 2;
}

var corpus = args[0];
if (Value("--alone") is { } alone)
{
    // Diagnostic: how the product reads one pasted sentence (CORPUS is ignored).
    var cueSet = RoleCues.CueSet.Id; // registers the set before the scan
    var mask = CueIndex.Scan(alone)[cueSet];
    var matched = RoleCues.Matching(alone, mask);
    for (var cue = 0; cue < RoleCues.CueCount; cue++)
    {
        if ((matched >> cue & 1) != 0)
        {
            Console.WriteLine($"  cue {cue}: {string.Join(" ", RoleCues.ScoreOf(cue).Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)))}");
        }
    }

    Console.WriteLine(RoleSequence.Decode([alone], [mask], [SectionRole.Unknown])[0]);
    return 0;
}

var epochs = Option("--epochs", 8);
var folds = Option("--folds", 5);
var seed = Option("--seed", 1);
var aloneWeight = Value("--alone-weight") is { } w ? float.Parse(w, CultureInfo.InvariantCulture) : 0.25f;
var examples = RoleExample.Load(corpus);
Console.WriteLine($"{examples.Count} abstracts, {examples.Sum(e => e.Gold.Count(g => g >= 0))} labelled sentences");

var original = Perceptron.AllRows().Select(r => (float[])r.Clone()).ToArray();
Console.WriteLine($"weights in the source: accuracy {Accuracy(Perceptron.Score(examples))}, each sentence alone {Accuracy(Perceptron.ScoreAlone(examples))}");

if (folds > 1)
{
    var correct = 0;
    var total = 0;
    for (var fold = 0; fold < folds; fold++)
    {
        var train = examples.Where((_, i) => i % folds != fold).ToList();
        var test = examples.Where((_, i) => i % folds == fold).ToList();
        Perceptron.Train(train, epochs, seed, aloneWeight);
        var (c, t) = Perceptron.Score(test);
        correct += c;
        total += t;
        Console.WriteLine($"  fold {fold + 1}/{folds}: held-out accuracy {Accuracy((c, t))}");
    }

    Console.WriteLine($"refit, {folds}-fold cross-validated: accuracy {Accuracy((correct, total))}");
}

Perceptron.Train(examples, epochs, seed, aloneWeight);
Console.WriteLine($"refit on all records: accuracy {Accuracy(Perceptron.Score(examples))}, each sentence alone {Accuracy(Perceptron.ScoreAlone(examples))}");

if ((Value("--errors") ?? Value("--predictions")) is { } errors)
{
    var all = Value("--predictions") is not null;
    using var writer = new StreamWriter(errors);
    foreach (var example in examples)
    {
        foreach (var unmatched in example.Unmatched)
        {
            writer.WriteLine($"{example.Id}\tgold sentence {unmatched}");
        }

        var path = Perceptron.Predict(example);
        for (var i = 0; i < path.Length; i++)
        {
            if (example.Gold[i] >= 0 && (path[i] != example.Gold[i] || all))
            {
                writer.WriteLine($"{example.Id}\t{i + 1}/{path.Length}\tgold {RoleExample.RoleName(example.Gold[i])}\tpredicted {RoleExample.RoleName(path[i])}\t{example.Texts[i]}");
            }
        }
    }
}

if (args.Contains("--write"))
{
    var folder = Path.Combine(FindRoot(), "src", "EvidenceAppraisal.Core", "Extraction", "Roles");
    WeightWriter.Write(folder);
    Console.WriteLine($"wrote {folder}");
}
else
{
    var rows = Perceptron.AllRows();
    for (var r = 0; r < rows.Count; r++)
    {
        original[r].CopyTo(rows[r], 0);
    }
}

return 0;

int Option(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? Value(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string Accuracy((int Correct, int Total) score) =>
    $"{(double)score.Correct / Math.Max(1, score.Total):0.000} ({score.Correct}/{score.Total})";

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "EvidenceAppraisal.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository (no EvidenceAppraisal.sln above the current folder)");
}
