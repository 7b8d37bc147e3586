using Wiredesk.Core.Text;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// One coded event: who (source) did what (a CAMEO-style code) to whom (target), with the verb that cued it.
/// </summary>
/// <param name="Source">The source actor code (<c>---</c> when missing).</param>
/// <param name="Target">The target actor code (<c>---</c> when missing).</param>
/// <param name="Code">The event code.</param>
/// <param name="Verb">The cue: the verb's span in the text.</param>
/// <param name="SourceSpan">The source phrase's span, if any.</param>
/// <param name="TargetSpan">The target phrase's span, if any.</param>
/// <param name="PatternLine">The verb-dictionary line of the pattern that gave the code, or null for the verb's own code.</param>
internal sealed record CodedEvent(string Source, string Target, string Code, TextSpan Verb, TextSpan? SourceSpan, TextSpan? TargetSpan, int? PatternLine);
