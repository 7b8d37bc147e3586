using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// The named-entity stage: splits a region into sentences and tokens (<see cref="NerTokenizer"/>) and tags each sentence
/// with a trained <see cref="NerModel"/>. Pure and thread-safe: the model is immutable and every call has its own buffers.
/// </summary>
internal sealed class NamedEntityRecognizer : INamedEntityRecognizer
{
    private readonly NerModel _model;

    public NamedEntityRecognizer(NerModel model) => _model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>A recogniser with the model embedded in the Core assembly (loading takes a fraction of a second; keep it).</summary>
    public static NamedEntityRecognizer CreateDefault() => new(NerModel.LoadDefault());

    public IReadOnlyList<EntityMention> Recognize(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<EntityMention>();
        foreach (var sentence in NerTokenizer.Split(text, region))
        {
            var tokens = sentence.Tokens;
            foreach (var chunk in _model.Recognize(text, tokens))
            {
                var span = TextSpan.FromBounds(tokens[chunk.First].Start, tokens[chunk.End - 1].End);
                mentions.Add(new EntityMention(span, chunk.Type, span.Of(text)));
            }
        }

        return mentions;
    }
}
