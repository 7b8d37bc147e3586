using System.Globalization;

namespace Wiredesk.Eval;

/// <summary>
/// Reads a PolNeAR split: <c>text/&lt;article&gt;.txt</c> and <c>attributions/&lt;article&gt;_&lt;annotator&gt;.ann</c> (brat standoff).
/// For an article annotated several times, the first annotation file in ordinal order is used.
/// </summary>
internal static class PolNeArFolder
{
    public static List<(string Id, string Text, List<BratAttribution> Gold)> Read(string folder)
    {
        var annotations = Directory.GetFiles(Path.Combine(folder, "attributions"), "*.ann")
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        var articles = new List<(string, string, List<BratAttribution>)>();
        foreach (var textFile in Directory.GetFiles(Path.Combine(folder, "text"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(textFile);
            var annotation = annotations.FirstOrDefault(a => Path.GetFileName(a).StartsWith(id + "_", StringComparison.Ordinal)
                && Path.GetFileNameWithoutExtension(a).LastIndexOf('_') == id.Length);
            if (annotation is null)
            {
                continue;
            }

            articles.Add((id, File.ReadAllText(textFile), ReadAnnotation(annotation)));
        }

        return articles;
    }

    private static List<BratAttribution> ReadAnnotation(string file)
    {
        var spans = new Dictionary<string, (string Type, (int, int)[] Fragments)>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        foreach (var line in File.ReadLines(file))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2 || !char.IsDigit(fields[0][1]))
            {
                continue;
            }

            if (fields[0][0] == 'T')
            {
                var space = fields[1].IndexOf(' ', StringComparison.Ordinal);
                var fragments = fields[1][(space + 1)..].Split(';')
                    .Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture)))
                    .ToArray();
                spans[fields[0]] = (fields[1][..space], fragments);
            }
            else if (fields[0][0] == 'E')
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                    .Select(r => r.Split(':'))
                    .Where(r => r.Length == 2)
                    .GroupBy(r => r[0].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal));
            }
        }

        var attributions = new List<BratAttribution>();
        foreach (var roles in events)
        {
            if (!roles.TryGetValue("Cue", out var cue) || !roles.TryGetValue("Content", out var content) || !spans.ContainsKey(cue) || !spans.ContainsKey(content))
            {
                continue;
            }

            var source = roles.TryGetValue("Source", out var s) && spans.TryGetValue(s, out var found) ? found.Fragments : null;
            attributions.Add(new BratAttribution(spans[cue].Fragments, source, spans[content].Fragments));
        }

        return attributions;
    }
}
