namespace EvidenceAppraisal.Reading;

/// <summary>Where an input comes from: a name for messages and a way to open its bytes.</summary>
public sealed class InputSource
{
    private readonly Func<Stream> _open;

    public InputSource(string name, Func<Stream> open)
    {
        Name = name;
        _open = open;
    }

    public string Name { get; }

    public Stream Open() => _open();

    public static InputSource FromFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(new ReadError(path, "is a folder, not a file"));
        }

        if (!File.Exists(path))
        {
            throw new InputException(new ReadError(path, "no such file"));
        }

        return new InputSource(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
    }

    public static InputSource FromText(string name, string text) =>
        new(name, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text), writable: false));
}
