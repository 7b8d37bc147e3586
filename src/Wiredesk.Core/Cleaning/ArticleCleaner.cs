using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>
/// Turns a <see cref="RawArticle"/> into a <see cref="Document"/>: splits it into paragraphs, decides what each is
/// (body, heading, caption, embed, boilerplate, title, dateline) and infers the title, dateline, author and publication
/// date. The input is left as it was; the text is never changed, only described.
/// </summary>
public sealed partial class ArticleCleaner : IArticleCleaner
{
    /// <summary>How many blocks from the top the title and dateline are looked for in.</summary>
    private const int HeadBlocks = 8;

    /// <summary>Cleans one article.</summary>
    public Document Clean(RawArticle raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Text;
        var blocks = (raw.Blocks ?? LineBlocks.Split(text)).Select(b => new WorkBlock(b.Span, b.Hint)).ToList();

        var dateToken = SplitDateToken(text, blocks);
        var title = FindTitle(raw.Metadata.Title, text, blocks);
        var dateline = FindDateline(text, blocks);
        MarkEmbeds(text, blocks);
        MarkBoilerplate(text, blocks);
        MarkCaptions(text, blocks);
        MarkHeadings(text, blocks);
        foreach (var block in blocks.Where(b => !b.IsDecided))
        {
            block.Decide(ParagraphKind.Body, null);
        }

        dateline ??= FindInlineDateline(text, blocks);
        var published = InferPublished(raw.Metadata, dateToken, dateline, text, blocks);
        var paragraphs = blocks
            .OrderBy(b => b.Span.Start)
            .Select(b => new Paragraph(b.Kind!.Value, b.Span, b.Rule, b.Embed))
            .ToList();

        return new Document
        {
            Id = raw.Id,
            ContentHash = raw.ContentHash,
            Format = raw.Format,
            Text = text,
            Origin = raw.Origin,
            Url = raw.Metadata.Url,
            // An article that names no outlet is known by the agency its dateline credits ("PORTHAVEN (Harbor Wire) - ").
            Source = raw.Metadata.Source ?? dateline?.Agency,
            Author = raw.Metadata.Author ?? BylineAuthor(text, blocks),
            Language = raw.Metadata.Language,
            Title = title?.Text,
            TitleSpan = title?.Span,
            Dateline = dateline?.Place,
            DatelineSpan = dateline?.Span,
            Published = published.Date,
            PublishedAt = published.At,
            PublishedFrom = published.From,
            PublishedSpan = published.Span,
            Paragraphs = paragraphs,
        };
    }

    /// <summary>Splits a leading <c>date YYYY-MM-DD</c> token off the first block and marks it as metadata furniture.</summary>
    private static DateMention? SplitDateToken(string text, List<WorkBlock> blocks)
    {
        if (blocks.Count == 0 || blocks[0].Hint != BlockHint.None)
        {
            return null;
        }

        var first = blocks[0];
        var match = LayoutPatterns.DateToken().Match(first.Span.Of(text));
        if (!match.Success || DateMentions.ParseIso(match.Groups["date"].Value) is not { } date)
        {
            return null;
        }

        var token = new TextSpan(first.Span.Start, match.Length);
        var restStart = token.End;
        while (restStart < first.Span.End && char.IsWhiteSpace(text[restStart]))
        {
            restStart++;
        }

        var tokenBlock = new WorkBlock(token, BlockHint.None);
        tokenBlock.Decide(ParagraphKind.Boilerplate, "date-line");
        if (restStart < first.Span.End)
        {
            first.Span = TextSpan.FromBounds(restStart, first.Span.End);
            blocks.Insert(0, tokenBlock);
        }
        else
        {
            blocks[0] = tokenBlock;
        }

        return new DateMention(date, new TextSpan(token.Start + match.Groups["date"].Index, match.Groups["date"].Length));
    }

    private static string? BylineAuthor(string text, List<WorkBlock> blocks) =>
        blocks
            .Where(b => b.Kind == ParagraphKind.Boilerplate)
            .Select(b => BoilerplateRules.BylineAuthor(b.Span.Of(text)))
            .FirstOrDefault(a => a is not null);
}
