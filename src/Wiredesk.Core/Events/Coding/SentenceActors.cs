namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// What a sentence holds for coding: its noun chunks and its actor phrases, with look-ups by the token a chunk or
/// phrase starts or ends at (for pattern markers <c>$ + % ^</c>).
/// </summary>
internal sealed class SentenceActors
{
    private readonly ActorPhrase?[] _startingAt;
    private readonly ActorPhrase?[] _endingAt;
    private readonly int[] _chunkEndFrom;
    private readonly int[] _chunkStartTo;
    private readonly NounChunk?[] _chunkAt;
    private readonly ActorPhrase?[] _covering;

    public SentenceActors(int tokenCount, IReadOnlyList<NounChunk> chunks, IReadOnlyList<ActorPhrase> phrases, IReadOnlyList<ActorMention> mentions)
    {
        Chunks = chunks;
        Phrases = phrases;
        _startingAt = new ActorPhrase?[tokenCount];
        _endingAt = new ActorPhrase?[tokenCount];
        _chunkEndFrom = Enumerable.Repeat(-1, tokenCount).ToArray();
        _chunkStartTo = Enumerable.Repeat(-1, tokenCount).ToArray();
        _chunkAt = new NounChunk?[tokenCount];
        _covering = new ActorPhrase?[tokenCount];
        foreach (var chunk in chunks)
        {
            for (var k = chunk.First; k <= chunk.Last; k++)
            {
                _chunkEndFrom[k] = chunk.Last;
                _chunkStartTo[k] = chunk.First;
                _chunkAt[k] = chunk;
            }
        }

        foreach (var phrase in phrases)
        {
            for (var k = phrase.First; k <= phrase.Last; k++)
            {
                _covering[k] ??= phrase;
            }

            _startingAt[phrase.First] ??= phrase;
            _endingAt[phrase.Last] ??= phrase;
            foreach (var mention in mentions.Where(m => m.First >= phrase.First && m.Last <= phrase.Last))
            {
                _startingAt[mention.First] ??= phrase;
                _endingAt[mention.Last] ??= phrase;
            }
        }
    }

    public IReadOnlyList<NounChunk> Chunks { get; }

    /// <summary>The actor phrases, left to right.</summary>
    public IReadOnlyList<ActorPhrase> Phrases { get; }

    public ActorPhrase? PhraseStartingAt(int token) => _startingAt[token];

    public ActorPhrase? PhraseEndingAt(int token) => _endingAt[token];

    /// <summary>The noun chunk holding <paramref name="token"/>, if any.</summary>
    public NounChunk? ChunkAt(int token) => _chunkAt[token];

    /// <summary>The actor phrase whose tokens include <paramref name="token"/>, if any.</summary>
    public ActorPhrase? PhraseCovering(int token) => _covering[token];

    /// <summary>The last token of the chunk running from <paramref name="token"/>, or -1.</summary>
    public int ChunkEndFrom(int token) => _chunkEndFrom[token];

    /// <summary>The first token of the chunk running to <paramref name="token"/>, or -1.</summary>
    public int ChunkStartTo(int token) => _chunkStartTo[token];
}
