namespace Wiredesk.Core.Report;

/// <summary>A shared passage in the report: its place in both documents' texts and A's words.</summary>
/// <param name="AStart">Offset in A's text.</param>
/// <param name="ALength">Length in A's text.</param>
/// <param name="BStart">Offset in B's text.</param>
/// <param name="BLength">Length in B's text.</param>
/// <param name="Text">The passage as A has it.</param>
/// <param name="Words">Words of A it spans.</param>
/// <param name="Score">Words matched exactly over the longer side (1: no edit).</param>
/// <param name="Quotation">Whether it lies inside quotation marks on both sides.</param>
public sealed record PassageReport(int AStart, int ALength, int BStart, int BLength, string Text, int Words, double Score, bool Quotation);
