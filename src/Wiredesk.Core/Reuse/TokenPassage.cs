namespace Wiredesk.Core.Reuse;

/// <summary>A passage two word streams share: word ranges [start, end) in each, and how many words matched exactly.</summary>
internal readonly record struct TokenPassage(int AStart, int AEnd, int BStart, int BEnd, int Matched);
