using System.Collections.Frozen;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// The closed classes of English the coder needs — prepositions, determiners, auxiliaries, conjunctions — read from
/// the Treebank tag when a parse supplied one and from short word lists otherwise.
/// </summary>
internal static class WordClasses
{
    private static readonly FrozenSet<string> Prepositions = Set(
        "ABOUT", "ACROSS", "AFTER", "AGAINST", "AMONG", "AROUND", "AT", "BEFORE", "BETWEEN", "BY", "DURING", "FOR", "FROM",
        "IN", "INSIDE", "INTO", "NEAR", "OF", "ON", "ONTO", "OVER", "THROUGH", "TO", "TOWARD", "TOWARDS", "UNDER", "UPON",
        "WITH", "WITHIN", "WITHOUT", "VIA");

    private static readonly FrozenSet<string> Determiners = Set(
        "A", "AN", "THE", "THIS", "THESE", "THOSE", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "'S", "'",
        "SOME", "ANY", "EACH", "EVERY", "NO", "ALL", "BOTH", "NEITHER", "EITHER", "ANOTHER");

    private static readonly FrozenSet<string> Auxiliaries = Set(
        "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "HAS", "HAVE", "HAD", "HAVING", "DO", "DOES", "DID", "WILL",
        "WOULD", "SHALL", "SHOULD", "CAN", "CA", "COULD", "MAY", "MIGHT", "MUST", "WO", "N'T", "NOT", "NEVER", "TO");

    private static readonly FrozenSet<string> BeForms = Set("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "'S", "'RE");

    private static readonly FrozenSet<string> Connectors = Set("AND", "OR", "NOR", ",", "&");

    private static readonly FrozenSet<string> Others = Set(
        "AND", "OR", "NOR", "BUT", "IF", "THAT", "WHICH", "WHO", "WHOM", "WHOSE", "WHERE", "WHEN", "WHILE", "BECAUSE", "AS",
        "SINCE", "ALTHOUGH", "THOUGH", "UNTIL", "THAN", "SO", "THEN", "IT", "HE", "SHE", "THEY", "WE", "I", "YOU", "HIM",
        "THEM", "US", "ME", "NOW", "ALSO", "AGAIN", "STILL", "EVEN", "EVER", "ONLY", "JUST", "VERY", "ALMOST", "YESTERDAY",
        "TODAY", "TOMORROW", "ABOUT", "HOWEVER", "THERE", "HERE", "WHETHER");

    /// <summary>A true preposition (not a subordinating conjunction such as <c>that</c> or <c>if</c>).</summary>
    public static bool IsPreposition(CodingToken token) => Prepositions.Contains(token.Key);

    public static bool IsDeterminer(CodingToken token) =>
        token.Tag is "DT" or "PRP$" or "POS" or "WP$" || (token.Tag is null && Determiners.Contains(token.Key));

    public static bool IsAuxiliary(CodingToken token) =>
        token.Tag is "MD" or "RB" or "TO" || Auxiliaries.Contains(token.Key) || (token.Tag is null && token.Key.EndsWith("LY", StringComparison.Ordinal));

    private static readonly FrozenSet<string> Adverbs = Set("VERY", "NOW", "AGAIN", "ALSO", "STILL", "EVEN", "EVER", "JUST", "ONLY", "ALMOST", "TOO", "NEVER", "NOT", "N'T", "SOON", "ALREADY");

    /// <summary>An adverb: tagged RB*, or without a tag a common adverb or a word in <c>-ly</c>.</summary>
    public static bool IsAdverb(CodingToken token) =>
        token.Tag is { } tag ? tag.StartsWith("RB", StringComparison.Ordinal) : Adverbs.Contains(token.Key) || (token.Key.Length > 3 && token.Key.EndsWith("LY", StringComparison.Ordinal));

    public static bool IsBeForm(CodingToken token) => BeForms.Contains(token.Key) && token.Tag is null or "VBZ" or "VBD" or "VBP" or "VB" or "VBN" or "VBG";

    /// <summary>A token that may join the parts of a compound actor: <c>and</c>, <c>or</c>, <c>nor</c>, a comma.</summary>
    public static bool IsConnector(CodingToken token) => Connectors.Contains(token.Key);

    public static bool IsPunctuation(CodingToken token) => token.Key.Length > 0 && token.Key.All(c => char.IsPunctuation(c) || char.IsSymbol(c)) && token.Key != "'S";

    /// <summary>
    /// Whether the token can be part of a noun phrase: by its tag (nouns, adjectives, determiners, numbers, possessive
    /// endings) or, without one, by not being a function word, punctuation or an auxiliary.
    /// </summary>
    public static bool IsNominal(CodingToken token)
    {
        if (token.Tag is { } tag)
        {
            return tag.StartsWith("NN", StringComparison.Ordinal) || tag.StartsWith("JJ", StringComparison.Ordinal)
                || tag is "DT" or "PRP$" or "POS" or "CD" or "FW" or "HYPH" or "NML";
        }

        return token.Key == "'S" || Determiners.Contains(token.Key)
            || (!IsPunctuation(token) && !Prepositions.Contains(token.Key) && !Auxiliaries.Contains(token.Key) && !Others.Contains(token.Key)
                && !token.Key.EndsWith("LY", StringComparison.Ordinal));
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
