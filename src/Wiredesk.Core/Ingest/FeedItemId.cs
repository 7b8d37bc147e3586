using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// The id of a feed item: a slug of its link's last meaningful path segment (else of its title), then <c>-</c> and the
/// first eight hex digits of the hash of its guid (else link, else title), so re-reading a feed gives the same ids.
/// </summary>
internal static partial class FeedItemId
{
    private const int HashDigits = 8;

    /// <summary>The id of an item with the given link, title and guid.</summary>
    public static string Of(string? link, string? title, string? guid)
    {
        var slug = Slug.Of(MeaningfulSegment(link));
        if (slug.Length == 0)
        {
            slug = Slug.Of(title);
        }

        if (slug.Length == 0)
        {
            slug = "item";
        }

        var hash = ContentHash.Of(guid ?? link ?? title ?? string.Empty)[..HashDigits];
        return $"{slug}-{hash}";
    }

    /// <summary>The last path segment that names the item: not numeric, not <c>index</c>, without <c>.html</c>, <c>.htm</c> or <c>.php</c>.</summary>
    internal static string? MeaningfulSegment(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var segment = Extension().Replace(Uri.UnescapeDataString(segments[i]), string.Empty);
            if (segment.Length > 0 && !segment.All(char.IsAsciiDigit) && !segment.Equals("index", StringComparison.OrdinalIgnoreCase))
            {
                return segment;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\.(?:html?|php)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex Extension();
}
