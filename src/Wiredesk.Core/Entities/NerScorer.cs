namespace Wiredesk.Core.Entities;

/// <summary>Counts gold, predicted and correct entities sentence by sentence, overall and per type (conlleval's definition).</summary>
internal sealed class NerScorer
{
    private readonly int[] _gold = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _correct = new int[4];

    public void Add(IReadOnlyCollection<TaggedChunk> gold, IReadOnlyCollection<TaggedChunk> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = gold.ToHashSet();
        foreach (var chunk in gold)
        {
            _gold[(int)chunk.Type]++;
        }

        foreach (var chunk in predicted)
        {
            _predicted[(int)chunk.Type]++;
            if (goldSet.Contains(chunk))
            {
                _correct[(int)chunk.Type]++;
            }
        }
    }

    public NerScore Overall => new(_gold.Sum(), _predicted.Sum(), _correct.Sum());

    public NerScore Of(EntityType type) => new(_gold[(int)type], _predicted[(int)type], _correct[(int)type]);
}
