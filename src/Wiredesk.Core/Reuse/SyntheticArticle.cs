using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Reuse;

/// <summary>A generated article and its ground truth.</summary>
/// <param name="Index">Its place in the stream, from 0.</param>
/// <param name="Document">The article, with one body paragraph per paragraph.</param>
/// <param name="SourceIndex">For a copy, the index of the earlier article it was made from.</param>
/// <param name="Edit">How it was made.</param>
public sealed record SyntheticArticle(int Index, Document Document, int? SourceIndex, SyntheticEdit Edit);
