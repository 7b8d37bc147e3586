using System.Globalization;

namespace Wiredesk.Eval;

/// <summary>A gold copy pair from the copies TSV; <see cref="A"/> sorts before <see cref="B"/>.</summary>
internal sealed record CopyPair(string A, string B, double Containment, double Jaccard)
{
    /// <summary>Reads <c>id_a, id_b, containment, jaccard</c> rows after a header line.</summary>
    public static List<CopyPair> Read(string path)
    {
        return File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new CopyPair(
                string.CompareOrdinal(f[0], f[1]) < 0 ? f[0] : f[1],
                string.CompareOrdinal(f[0], f[1]) < 0 ? f[1] : f[0],
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToList();
    }
}
