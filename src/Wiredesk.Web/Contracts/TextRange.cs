namespace Wiredesk.Web.Contracts;

/// <summary>A range of characters in a text.</summary>
public sealed record TextRange(int Start, int Length);
