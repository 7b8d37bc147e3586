namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A PETRARCH verb dictionary: its verb blocks (verbs, codes, patterns), its synsets, and every verb form indexed by
/// the verb word. Read with <see cref="VerbDictionaryReader"/>.
/// </summary>
internal sealed class VerbDictionary
{
    private readonly Dictionary<string, List<VerbForm>> _forms;

    public VerbDictionary(IReadOnlyList<VerbBlock> blocks, IReadOnlyDictionary<string, Synset> synsets, IEnumerable<VerbForm> forms, IReadOnlyList<string>? warnings = null)
    {
        Warnings = warnings ?? [];
        Blocks = blocks;
        Synsets = synsets;
        _forms = forms
            .GroupBy(f => f.Verb, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Words.Count).ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<VerbBlock> Blocks { get; }

    public IReadOnlyDictionary<string, Synset> Synsets { get; }

    /// <summary>Lines read but skipped (a pattern naming an undefined synset), each naming its file and line.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Number of distinct verb words.</summary>
    public int VerbWordCount => _forms.Count;

    /// <summary>The forms whose verb word is <paramref name="upperWord"/>, multi-word forms first.</summary>
    public IReadOnlyList<VerbForm> FormsOf(string upperWord) =>
        _forms.TryGetValue(upperWord, out var forms) ? forms : [];
}
