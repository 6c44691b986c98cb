namespace EvidenceAppraisal.Cli.Infrastructure;

/// <summary>
/// Writing an output file, every way it can fail named as an <see cref="IOException"/> about that file. .NET reports a
/// file the file system will not let grow (EFBIG: a FAT32 volume's 4 GB, a quota, a file-size limit) as an
/// <see cref="ArgumentOutOfRangeException"/>, which would otherwise read as a bug or as a bad record.
/// </summary>
internal static class OutputFiles
{
    public static void Guard(string path, Action write)
    {
        try
        {
            write();
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "value")
        {
            throw new IOException($"{path}: the file system will not let the file grow any larger (a disk, quota or file-size limit)", ex);
        }
    }

    public static T Guard<T>(string path, Func<T> write)
    {
        var result = default(T)!;
        Guard(path, () => { result = write(); });
        return result;
    }

    /// <summary>Creates the output folder, or says plainly why it cannot be one (a file of that name is in the way).</summary>
    public static void EnsureFolder(string folder)
    {
        if (File.Exists(folder))
        {
            throw new UserException($"{folder}: is a file, not a folder; give --out a folder", ExitCodes.OutputFailed);
        }

        Directory.CreateDirectory(folder);
    }
}
