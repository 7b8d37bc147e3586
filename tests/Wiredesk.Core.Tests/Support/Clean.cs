using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Support;

/// <summary>Cleans hand-written articles for tests.</summary>
internal static class Clean
{
    public static Document Text(string text, string id = "fixture") =>
        new ArticleCleaner().Clean(PlainTextParser.Parse(id, text, id + ".txt").Articles.Single());

    public static Document Raw(RawArticle article) => new ArticleCleaner().Clean(article);

    public static (ParagraphKind Kind, string? Rule, string Text)[] Kinds(Document document) =>
        document.Paragraphs.Select(p => (p.Kind, p.Rule, document.TextOf(p))).ToArray();

    public static Paragraph Find(Document document, string startsWith) =>
        document.Paragraphs.Single(p => document.TextOf(p).StartsWith(startsWith, StringComparison.Ordinal));
}
