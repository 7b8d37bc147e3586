namespace Wiredesk.Core.Ingest;

/// <summary>Bytes turned into text, or the reason they could not be.</summary>
/// <param name="Text">The text, or <see langword="null"/> when the bytes are not text.</param>
/// <param name="Encoding">The encoding used, e.g. <c>utf-8</c>, <c>utf-16le</c>, <c>windows-1252</c>.</param>
/// <param name="Problem">An error (no text) or a warning (text read with care), or <see langword="null"/>.</param>
public sealed record DecodedText(string? Text, string Encoding, ReadProblem? Problem);
