using System.Collections.Frozen;

namespace Wiredesk.Core.Time;

/// <summary>Words that mark a sentence as about the past or the future.</summary>
internal static class TenseCues
{
    private static readonly FrozenDictionary<string, Tense> Words = new Dictionary<string, Tense>(StringComparer.OrdinalIgnoreCase)
    {
        ["will"] = Tense.Future, ["shall"] = Tense.Future, ["won't"] = Tense.Future, ["going"] = Tense.Future,
        ["scheduled"] = Tense.Future, ["expected"] = Tense.Future, ["due"] = Tense.Future, ["plans"] = Tense.Future,
        ["plan"] = Tense.Future, ["planned"] = Tense.Future, ["planning"] = Tense.Future, ["upcoming"] = Tense.Future,
        ["would"] = Tense.Future,
        ["was"] = Tense.Past, ["were"] = Tense.Past, ["had"] = Tense.Past, ["did"] = Tense.Past, ["didn't"] = Tense.Past,
        ["said"] = Tense.Past, ["told"] = Tense.Past, ["ago"] = Tense.Past, ["met"] = Tense.Past, ["spoke"] = Tense.Past,
        ["went"] = Tense.Past, ["came"] = Tense.Past, ["took"] = Tense.Past, ["gave"] = Tense.Past, ["made"] = Tense.Past,
        ["held"] = Tense.Past, ["began"] = Tense.Past, ["left"] = Tense.Past, ["saw"] = Tense.Past, ["won"] = Tense.Past,
        ["lost"] = Tense.Past, ["fell"] = Tense.Past, ["rose"] = Tense.Past, ["got"] = Tense.Past, ["found"] = Tense.Past,
        ["became"] = Tense.Past, ["brought"] = Tense.Past, ["sent"] = Tense.Past, ["paid"] = Tense.Past, ["led"] = Tense.Past,
        ["struck"] = Tense.Past, ["wrote"] = Tense.Past, ["thought"] = Tense.Past, ["sold"] = Tense.Past, ["bought"] = Tense.Past,
        ["ran"] = Tense.Past, ["flew"] = Tense.Past, ["fled"] = Tense.Past, ["stood"] = Tense.Past, ["fought"] = Tense.Past,
        ["knew"] = Tense.Past, ["felt"] = Tense.Past, ["kept"] = Tense.Past, ["meant"] = Tense.Past, ["heard"] = Tense.Past,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Tense Of(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var tense))
        {
            return tense;
        }

        if (word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.Future;
        }

        return word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]) ? Tense.Past : Tense.None;
    }
}
