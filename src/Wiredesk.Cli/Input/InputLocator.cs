using System.Text.RegularExpressions;

namespace Wiredesk.Cli.Input;

/// <summary>
/// Expands the paths given on the command line into input files: files as they are, folders recursively (hidden
/// files and folders skipped; in folders only known article extensions, so a README.md is not read), globs (<c>*</c>, <c>?</c>, <c>**</c>) and <c>-</c> for standard input.
/// Files are returned in a stable order (ordinal by path within each argument) without duplicates.
/// </summary>
internal static class InputLocator
{
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Locate(IEnumerable<string> arguments)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var argument in arguments)
        {
            var found = Expand(argument).ToList();
            if (found.Count == 0)
            {
                missing.Add(argument);
            }

            foreach (var path in found)
            {
                var key = path == InputFile.StandardInput ? path : Path.GetFullPath(path);
                if (seen.Add(key))
                {
                    files.Add(new InputFile(path, IdOf(path)));
                }
            }
        }

        return (files, missing);
    }

    private static IEnumerable<string> Expand(string argument)
    {
        if (argument == InputFile.StandardInput)
        {
            return [argument];
        }

        if (File.Exists(argument))
        {
            return [argument];
        }

        if (Directory.Exists(argument))
        {
            return FilesUnder(argument).Where(f => Wiredesk.Core.Ingest.ArticleBytes.ArticleExtensions.Contains(Path.GetExtension(f)));
        }

        return argument.IndexOfAny(['*', '?']) >= 0 ? Glob(argument) : [];
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        var normalised = pattern.Replace('\\', '/');
        var segments = normalised.Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?']) < 0).Count();
        var root = fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount));
        if (normalised.StartsWith('/') && fixedCount <= 1)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        // Non-backtracking: a glob of many stars cannot make matching run away.
        var matcher = new Regex("^" + GlobToRegex(string.Join('/', segments.Skip(fixedCount))) + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        return FilesUnder(root).Where(f => matcher.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')));
    }

    private static string GlobToRegex(string glob)
    {
        var pattern = Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return pattern;
    }

    private static string IdOf(string path) =>
        path == InputFile.StandardInput ? "stdin" : Wiredesk.Core.Ingest.ArticleBytes.IdOfFile(path);
}
