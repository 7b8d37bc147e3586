namespace Wiredesk.Eval;

/// <summary>One attribution of a PolNeAR annotation file: its cue, source (when given) and content, each as character fragments.</summary>
internal sealed record BratAttribution((int Start, int End)[] Cue, (int Start, int End)[]? Source, (int Start, int End)[] Content);
