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

    public SentenceActors(int tokenCount, IReadOnlyList<NounChunk> chunks, IReadOnlyList<ActorPhrase> phrases, IReadOnlyList<ActorMention> mentions)
    {
        Chunks = chunks;
        Phrases = phrases;
        _startingAt = new ActorPhrase?[tokenCount];
        _endingAt = new ActorPhrase?[tokenCount];
        _chunkEndFrom = Enumerable.Repeat(-1, tokenCount).ToArray();
        _chunkStartTo = Enumerable.Repeat(-1, tokenCount).ToArray();
        foreach (var chunk in chunks)
        {
            _chunkEndFrom[chunk.First] = chunk.Last;
            _chunkStartTo[chunk.Last] = chunk.First;
        }

        foreach (var phrase in phrases)
        {
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

    /// <summary>The last token of the chunk starting at <paramref name="token"/>, or -1.</summary>
    public int ChunkEndFrom(int token) => _chunkEndFrom[token];

    /// <summary>The first token of the chunk ending at <paramref name="token"/>, or -1.</summary>
    public int ChunkStartTo(int token) => _chunkStartTo[token];
}
