namespace Wiredesk.Core.Entities;

/// <summary>
/// The tag set the tagger predicts: O (0) and, for each of the four entity types, B (begin), I (inside), L (last) and
/// U (a one-token entity): tag = 1 + type * 4 + position. Only well-formed sequences are allowed.
/// </summary>
internal static class BilouTags
{
    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;
    public const int Count = 17;

    public static int Tag(EntityType type, int position) => 1 + ((int)type * 4) + position;

    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 4);

    public static int PositionOf(int tag) => (tag - 1) % 4;

    /// <summary>Whether a sentence may start with <paramref name="tag"/>.</summary>
    public static bool CanStart(int tag) => tag == Outside || PositionOf(tag) is Begin or Unit;

    /// <summary>Whether a sentence may end with <paramref name="tag"/>.</summary>
    public static bool CanEnd(int tag) => tag == Outside || PositionOf(tag) is Last or Unit;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>.</summary>
    public static bool CanFollow(int previous, int next)
    {
        var open = previous != Outside && PositionOf(previous) is Begin or Inside;
        if (!open)
        {
            return CanStart(next);
        }

        return next != Outside && TypeOf(next) == TypeOf(previous) && PositionOf(next) is Inside or Last;
    }

    /// <summary>The tags of a sentence of <paramref name="length"/> tokens holding <paramref name="chunks"/>.</summary>
    public static int[] Encode(IEnumerable<TaggedChunk> chunks, int length)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var tags = new int[length];
        foreach (var chunk in chunks)
        {
            if (chunk.Count == 1)
            {
                tags[chunk.First] = Tag(chunk.Type, Unit);
                continue;
            }

            tags[chunk.First] = Tag(chunk.Type, Begin);
            for (var i = chunk.First + 1; i < chunk.End - 1; i++)
            {
                tags[i] = Tag(chunk.Type, Inside);
            }

            tags[chunk.End - 1] = Tag(chunk.Type, Last);
        }

        return tags;
    }

    /// <summary>The entities a tag sequence holds; a malformed run is read as generously as possible.</summary>
    public static List<TaggedChunk> Decode(ReadOnlySpan<int> tags)
    {
        var chunks = new List<TaggedChunk>();
        var start = -1;
        var type = EntityType.Person;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag == Outside)
            {
                Close(i);
                continue;
            }

            var (t, position) = (TypeOf(tag), PositionOf(tag));
            if (start >= 0 && (t != type || position is Begin or Unit))
            {
                Close(i);
            }

            if (start < 0)
            {
                (start, type) = (i, t);
            }

            if (position is Last or Unit)
            {
                Close(i + 1);
            }
        }

        Close(tags.Length);
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
}
