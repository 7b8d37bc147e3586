using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// What the features of one sentence are computed from: each token's hashed forms, its lexicon and known-entity
/// matches, and whether the sentence is written in capitals (a headline).
/// </summary>
internal sealed class SentenceAnalysis
{
    private SentenceAnalysis(string text, TextSpan[] tokens, WordInfo[] words, ulong[] lexicon, ulong[] known, bool capitals)
    {
        Text = text;
        Tokens = tokens;
        Words = words;
        Lexicon = lexicon;
        Known = known;
        InCapitals = capitals;
    }

    public string Text { get; }

    public TextSpan[] Tokens { get; }

    public WordInfo[] Words { get; }

    /// <summary>Per token, the hand lexicon's match bits (see <see cref="Gazetteer.Mark"/>).</summary>
    public ulong[] Lexicon { get; }

    /// <summary>Per token, the known-entity gazetteer's match bits.</summary>
    public ulong[] Known { get; }

    /// <summary>Whether every token with letters is in capitals (and there are at least two such tokens).</summary>
    public bool InCapitals { get; }

    public int Count => Tokens.Length;

    public static SentenceAnalysis Create(string text, TextSpan[] tokens, Gazetteer lexicon, Gazetteer known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(known);
        var words = new WordInfo[tokens.Length];
        var lettered = 0;
        var capitals = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = WordInfo.Of(tokens[i].In(text));
            if ((words[i].Flags & WordFlags.Letter) != 0)
            {
                lettered++;
                if ((words[i].Flags & WordFlags.AllCaps) != 0)
                {
                    capitals++;
                }
            }
        }

        var lexiconMarks = new ulong[tokens.Length];
        var knownMarks = new ulong[tokens.Length];
        lexicon.Mark(words, lexiconMarks);
        known.Mark(words, knownMarks);
        return new SentenceAnalysis(text, tokens, words, lexiconMarks, knownMarks, lettered >= 2 && capitals == lettered);
    }
}
