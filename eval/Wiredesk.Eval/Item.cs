namespace Wiredesk.Eval;

/// <summary>An attribution's three roles as character fragments, gold or predicted; cue and source may be missing.</summary>
internal sealed record Item((int Start, int End)[]? Cue, (int Start, int End)[]? Source, (int Start, int End)[] Content);
