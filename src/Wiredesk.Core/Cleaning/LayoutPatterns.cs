using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>Patterns for the parts of a news layout that are not furniture: datelines, captions, embedded posts' signatures, bullets.</summary>
internal static partial class LayoutPatterns
{
    /// <summary>A dateline alone on its line: "ANKARA", "NEW YORK", "PORTHAVEN, Caldera".</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}'’.\- ]{1,30}\p{Lu}\.?)(?:,\s*\p{Lu}[\p{L}.\- ]{1,30})?\s*[-–—:]?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex StandaloneDateline();

    /// <summary>A dateline opening the first paragraph: "ANKARA (AA) - ", "PORTHAVEN, March 4, 2026 (Harbor Wire) — ".</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}'’.\- ]{1,30}\p{Lu})(?:,\s*(?<region>\p{Lu}[\p{L}.\- ]{1,25}?))??(?:,\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\((?<agency>[^)]{1,40})\))?\s*[-–—]{1,2}\s+(?=\S)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex InlineDateline();

    /// <summary>The signature line of an embedded post: "— Mark Rutte (@SecGenNATO) May 13, 2025".</summary>
    [GeneratedRegex(@"^[—–-]{1,2}\s*(?<name>[^()\n@]{1,80}?)\s*\((?<handle>@[A-Za-z0-9_.]{1,40})\)\s*(?<date>.{0,60})$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex EmbedSignature();

    /// <summary>
    /// A post and its signature on one line, as text extractors flatten an embed: "Biggest leak yet.
    /// pic.twitter.com/x — Jane Doe (@jdoe) April 3, 2016". A dash, not a hyphen, and a full date are required.
    /// </summary>
    [GeneratedRegex(@"^(?<post>\S.{0,700}?)\s+[—–]{1,2}\s*(?<name>[^()\n@—–]{1,80}?)\s*\((?<handle>@[A-Za-z0-9_.]{1,40})\)\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s*\d{4})\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex InlineEmbedSignature();

    /// <summary>A link a social post carries: <c>pic.twitter.com/…</c>, a status URL.</summary>
    [GeneratedRegex(@"(?:pic\.twitter\.com/\w+|https?://(?:www\.)?(?:twitter|x)\.com/\w+/status/\d+|https?://t\.co/\w+|https?://bsky\.app/profile/\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex PostLink();

    /// <summary>The openings of a photo caption: "(From L)", "(L-R)", "Photo:", "FILE PHOTO:".</summary>
    [GeneratedRegex(@"^(?:\((?:From L(?:eft)?|L-R|L to R|From left|Front row|Back row|Left|Right|Top|Bottom|Above|Inset)\)|(?:From left|Photo|Image|Picture|FILE PHOTO|File photo|Pictured|Caption|Video)\s*[:\-–—])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CaptionOpening();

    /// <summary>The credit that closes a photo caption: "(Photo: AFP)", "AFP via Getty Images", "REUTERS/Jane Doe", "(AA Photo)".</summary>
    [GeneratedRegex(@"(?:\((?:Photo|Image|Picture|Video)\b[^)]{0,60}\)|\b(?:AFP via Getty Images|Getty Images|REUTERS/[\p{L} .]+|AP Photo/[\p{L} .]+|\p{Lu}{2,} Photo)\)?|\|\s*Photo(?: credit)?:?.{1,60}|\b(?:Photo|Image|Picture)s?(?: credit)?:\s*\S[^.]{1,60})\s*\.?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CaptionCredit();

    /// <summary>A bullet: "• ", "- ", "* ", "▪ ".</summary>
    [GeneratedRegex(@"^[•\-*▪►■·]\s+\S", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Bullet();

    /// <summary>The <c>date YYYY-MM-DD</c> metadata token that may open a plain-text article.</summary>
    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex DateToken();
}
