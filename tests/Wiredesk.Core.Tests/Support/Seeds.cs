using System.Text.Json;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Support;

/// <summary>The five seed articles and their hand-made reference, read from the shared development data.</summary>
internal static class Seeds
{
    public static Document Clean(string idPrefix)
    {
        var folder = SharedData.Path("corpus", "seeds");
        var file = Directory.GetFiles(folder).Single(f => System.IO.Path.GetFileName(f).StartsWith(idPrefix, StringComparison.Ordinal));
        var decoded = TextDecoder.Decode(File.ReadAllBytes(file), file);
        var read = PlainTextParser.Parse(System.IO.Path.GetFileNameWithoutExtension(file), decoded.Text!, file);
        return new ArticleCleaner().Clean(read.Articles.Single());
    }

    public static JsonElement GoldDocument(string idPrefix)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.json")));
        return gold.RootElement.GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("id").GetString()!.StartsWith(idPrefix, StringComparison.Ordinal))
            .Clone();
    }

    /// <summary>Quotes, case and whitespace folded, as the reference asks for comparisons.</summary>
    public static string Fold(string text) =>
        string.Join(' ', text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
            .ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
