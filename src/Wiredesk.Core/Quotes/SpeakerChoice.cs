using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>Who a speaker phrase was resolved to.</summary>
/// <param name="Mention">The phrase in the text.</param>
/// <param name="Speaker">The fullest name, or the phrase's words when it names no person; null when unknown.</param>
/// <param name="IsPerson">Whether <paramref name="Speaker"/> is a person of the document.</param>
/// <param name="Confidence">How sure the resolution is.</param>
internal readonly record struct SpeakerChoice(TextSpan? Mention, string? Speaker, bool IsPerson, double Confidence);
