namespace Wiredesk.Web.Contracts;

/// <summary>A quotation in one article.</summary>
/// <param name="Start">Start of the quoted words in the article's text.</param>
/// <param name="Length">Their length.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">Who said it, when known.</param>
/// <param name="Kind">direct, partial, mixed or reported.</param>
/// <param name="SpeakerStart">Where the speaker is named, when it is.</param>
/// <param name="SpeakerLength">The length of that name.</param>
public sealed record ArticleQuote(int Start, int Length, string Text, string? Speaker, string Kind, int? SpeakerStart, int? SpeakerLength);
