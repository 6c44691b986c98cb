namespace EvidenceAppraisal.Rules.Loading;

/// <summary>Resolves paths written in a profile so that none can leave the profile's folder, by '..', absolute path or symlink.</summary>
public static class SafePaths
{
    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="root"/>, or null when it would leave it.</summary>
    public static string? Inside(string root, string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var rootFull = Real(Path.GetFullPath(root));
        var full = Path.GetFullPath(Path.Combine(rootFull, relative));
        if (!IsUnder(rootFull, full))
        {
            return null;
        }

        // Follow symlinks on every existing segment: a link may point anywhere.
        var real = Real(full);
        return IsUnder(rootFull, real) ? full : null;
    }

    public static bool IsUnder(string root, string path)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.Equals(root, StringComparison.Ordinal) || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The path with every symlink along it resolved (segments that do not exist are kept as written).</summary>
    public static string Real(string fullPath)
    {
        var current = Path.GetPathRoot(fullPath) ?? "/";
        var parts = fullPath[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                next = target is null ? next : Path.GetFullPath(target.FullName);
            }

            current = next;
        }

        return current;
    }

    /// <summary>Files matching a simple glob (<c>local/*.yaml</c>, <c>local/**/*.yaml</c>) inside <paramref name="root"/>.</summary>
    public static IReadOnlyList<string>? Glob(string root, string pattern)
    {
        var normalised = pattern.Replace('\\', '/');
        var slash = normalised.LastIndexOf('/');
        var folderPart = slash < 0 ? "." : normalised[..slash];
        var filePart = slash < 0 ? normalised : normalised[(slash + 1)..];
        var recursive = folderPart.EndsWith("**", StringComparison.Ordinal);
        if (recursive)
        {
            folderPart = folderPart[..^2].TrimEnd('/');
            folderPart = folderPart.Length == 0 ? "." : folderPart;
        }

        if (folderPart.Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Inside(root, folderPart);
        if (folder is null)
        {
            return null;
        }

        if (!Directory.Exists(folder))
        {
            return [];
        }

        return FilesUnder(folder, filePart, recursive)
            .Where(f => Inside(root, Path.GetRelativePath(root, f)) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Files in <paramref name="folder"/> (and, when <paramref name="recursive"/>, below it) matching <paramref name="pattern"/>,
    /// each real folder read once: a symlink back to a folder above would otherwise be walked until the system's
    /// link limit, once per path, and two such links make that exponential.
    /// </summary>
    public static IEnumerable<string> FilesUnder(string folder, string pattern, bool recursive)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(Real(Path.GetFullPath(current))))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(current, pattern))
            {
                yield return file;
            }

            if (recursive)
            {
                foreach (var child in Directory.EnumerateDirectories(current).Order(StringComparer.Ordinal).Reverse())
                {
                    pending.Push(child);
                }
            }
        }
    }
}
