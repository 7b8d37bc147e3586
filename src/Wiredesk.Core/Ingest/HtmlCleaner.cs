using AngleSharp.Dom;

namespace Wiredesk.Core.Ingest;

/// <summary>Takes out of a parsed page what is never article text: code, forms, navigation, adverts and the boxes around the article.</summary>
internal static class HtmlCleaner
{
    private const string NeverText = "script, style, noscript, template, iframe, svg, math, canvas, object, embed, form, button, input, select, textarea, nav, [hidden]";

    /// <summary>Removes the junk from <paramref name="document"/>, in place.</summary>
    public static void RemoveJunk(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NeverText).ToList())
        {
            element.Remove();
        }

        foreach (var header in document.QuerySelectorAll("header").ToList())
        {
            if (header.Closest("article, main, [itemprop=articleBody]") is null)
            {
                header.Remove();
            }
        }

        foreach (var box in document.QuerySelectorAll("footer, aside").ToList())
        {
            if (HtmlMarkers.NamesSurroundings(box))
            {
                box.Remove();
            }
        }

        var body = document.Body;
        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element != body && element.LocalName is not ("html" or "article" or "main") && HtmlMarkers.NamesAdvert(element))
            {
                element.Remove();
            }
        }
    }
}
