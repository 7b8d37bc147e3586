using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>A publication date and how it was found.</summary>
internal sealed record InferredDate(DateOnly? Date, DateTimeOffset? At, PublishedFrom From, TextSpan? Span)
{
    public static InferredDate None { get; } = new(null, null, PublishedFrom.None, null);
}
