using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// The named-entity stage: splits a region into sentences and tokens (<see cref="NerTokenizer"/>) and tags each sentence
/// with a trained <see cref="NerModel"/>. A name that starts with an honorific ("Mr. Rubio", which the news wire the
/// model learned from rarely writes) is a person, without the honorific. Pure and thread-safe: the model is immutable
/// and every call has its own buffers.
/// </summary>
internal sealed class NamedEntityRecognizer : INamedEntityRecognizer
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Mme", "Mme.", "Mlle", "Mlle.", "Sir", "Dame",
    };

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
                var (first, type) = (chunk.First, chunk.Type);
                if (chunk.Count > 1 && Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[first].In(text)))
                {
                    (first, type) = (first + 1, EntityType.Person);
                }

                var span = TextSpan.FromBounds(tokens[first].Start, tokens[chunk.End - 1].End);
                mentions.Add(new EntityMention(span, type, span.Of(text)));
            }
        }

        return mentions;
    }
}
