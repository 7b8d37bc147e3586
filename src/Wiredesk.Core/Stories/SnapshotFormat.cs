namespace Wiredesk.Core.Stories;

/// <summary>The pieces a clusterer snapshot is written with: counts before lists, strings as length-prefixed UTF-8,
/// times as ticks and offset, and every reference to a story as its creation ordinal.</summary>
internal static class SnapshotFormat
{
    public static void WriteList<T>(this BinaryWriter writer, IReadOnlyCollection<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    public static List<T> ReadList<T>(this BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadCount();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(reader));
        }

        return items;
    }

    /// <summary>A count, checked against the bytes left (every item takes at least one): a damaged snapshot fails here
    /// rather than asking for a huge list.</summary>
    public static int ReadCount(this BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"the snapshot holds a count of {count}, which cannot be right");
        }

        return count;
    }

    public static void WriteWeights(this BinaryWriter writer, Dictionary<int, double> vector)
    {
        writer.Write(vector.Count);
        foreach (var (term, weight) in vector)
        {
            writer.Write(term);
            writer.Write(weight);
        }
    }

    /// <summary>Fills <paramref name="vector"/> in the order written, so that it is walked in the same order as the one saved.</summary>
    public static void ReadWeights(this BinaryReader reader, Dictionary<int, double> vector)
    {
        var count = reader.ReadCount();
        vector.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            vector.Add(reader.ReadInt32(), reader.ReadDouble());
        }
    }

    public static void WriteCounts<TKey>(this BinaryWriter writer, Dictionary<TKey, int> counts, Action<BinaryWriter, TKey> writeKey)
        where TKey : notnull
    {
        writer.Write(counts.Count);
        foreach (var (key, count) in counts)
        {
            writeKey(writer, key);
            writer.Write(count);
        }
    }

    public static void ReadCounts<TKey>(this BinaryReader reader, Dictionary<TKey, int> counts, Func<BinaryReader, TKey> readKey)
        where TKey : notnull
    {
        var count = reader.ReadCount();
        counts.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            counts.Add(readKey(reader), reader.ReadInt32());
        }
    }

    public static void WriteTime(this BinaryWriter writer, DateTimeOffset? time)
    {
        writer.Write(time.HasValue);
        if (time is { } t)
        {
            writer.Write(t.Ticks);
            writer.Write((short)t.Offset.TotalMinutes);
        }
    }

    public static DateTimeOffset? ReadTime(this BinaryReader reader) =>
        reader.ReadBoolean() ? new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16())) : null;

    public static void WriteOptional(this BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    public static string? ReadOptional(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteVector(this BinaryWriter writer, TermVector vector)
    {
        writer.Write(vector.Count);
        for (var i = 0; i < vector.Count; i++)
        {
            writer.Write(vector.Ids[i]);
            writer.Write(vector.Weights[i]);
        }
    }

    public static TermVector ReadVector(this BinaryReader reader)
    {
        var count = reader.ReadCount();
        var ids = new int[count];
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = reader.ReadInt32();
            weights[i] = reader.ReadDouble();
        }

        return count == 0 ? TermVector.Empty : new TermVector(ids, weights);
    }
}
