namespace Wiredesk.Core.Entities;

/// <summary>
/// Reads entity chunks from IOB labels as conlleval does, so IOB1 and IOB2 files both read correctly: a chunk starts
/// at a B- label or at an I- label that does not continue a chunk of its type, and runs while I- labels of that type
/// follow. Types: PER, ORG, LOC and MISC.
/// </summary>
internal static class IobChunks
{
    public static List<TaggedChunk> Read(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var chunks = new List<TaggedChunk>();
        var start = -1;
        var type = EntityType.Person;
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (label == "O" || label.Length < 3 || label[1] != '-')
            {
                Close(i);
                continue;
            }

            var t = TypeOf(label.AsSpan(2));
            var continues = label[0] == 'I' && start >= 0 && t == type;
            if (!continues)
            {
                Close(i);
                (start, type) = (i, t);
            }
        }

        Close(labels.Count);
        return chunks;

        void Close(int end)
        {
            if (start >= 0)
            {
                chunks.Add(new TaggedChunk(start, end - start, type));
                start = -1;
            }
        }
    }

    public static EntityType TypeOf(ReadOnlySpan<char> name) => name switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Place,
        "MISC" => EntityType.Other,
        _ => throw new FormatException($"Unknown CoNLL entity type '{name}'."),
    };

    public static string NameOf(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Place => "LOC",
        _ => "MISC",
    };
}
