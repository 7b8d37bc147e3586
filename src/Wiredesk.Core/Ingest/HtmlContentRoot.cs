using AngleSharp.Dom;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Chooses the element holding the article: the one <c>&lt;article&gt;</c>, else <c>[itemprop=articleBody]</c>, else
/// <c>&lt;main&gt;</c>, else the element whose paragraphs carry the most text, penalised by how much of it is links.
/// </summary>
internal static class HtmlContentRoot
{
    private const int ShortestParagraph = 25;
    private const double ProseLinkDensity = 0.3;

    /// <summary>The content root of a cleaned document, or <see langword="null"/> when it has no text.</summary>
    public static IElement? Choose(IDocument document)
    {
        var articles = document.QuerySelectorAll("article").Where(a => a.ParentElement?.Closest("article") is null).ToList();
        if (articles is [var article] && HasText(article))
        {
            return article;
        }

        var marked = document.QuerySelector("[itemprop=articleBody]") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        if (marked is not null && HasText(marked))
        {
            return marked;
        }

        var best = BestScored(document);
        if (best is not null)
        {
            return best;
        }

        return document.Body is { } body && HasText(body) ? body : null;
    }

    /// <summary>Whether an element reads as running prose (three or more paragraphs, few links), whatever its class says.</summary>
    public static bool LooksLikeProse(IElement element) =>
        element.QuerySelectorAll("p").Length >= 3 && LinkDensity(element) < ProseLinkDensity;

    /// <summary>The element with the best paragraph score: each paragraph's length counts fully for its parent and half for its grandparent.</summary>
    private static IElement? BestScored(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var length = VisibleLength(paragraph.TextContent);
            if (length < ShortestParagraph)
            {
                continue;
            }

            var score = length * (1 - LinkDensity(paragraph));
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (score / 2);
                }
            }
        }

        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, score) in scores)
        {
            var final = score * (1 - LinkDensity(element));
            if (final > bestScore)
            {
                best = element;
                bestScore = final;
            }
        }

        return best;
    }

    /// <summary>The share of an element's visible characters that are inside links.</summary>
    public static double LinkDensity(IElement element)
    {
        var total = VisibleLength(element.TextContent);
        if (total == 0)
        {
            return 0;
        }

        var links = element.QuerySelectorAll("a").Sum(a => VisibleLength(a.TextContent));
        return Math.Min(1.0, (double)links / total);
    }

    private static bool HasText(IElement element) => VisibleLength(element.TextContent) > 0;

    private static int VisibleLength(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
