namespace Wiredesk.Core.Stories;

public sealed partial class OnlineStoryClusterer
{
    private const int SnapshotMagic = 0x43534457;
    private const int SnapshotVersion = 1;

    /// <summary>
    /// Everything the clusterer holds, as bytes (not compressed): the words and their document frequencies, every story (members, sums,
    /// outlets, where it was merged), the inverted index and the subject index, in the order each is walked. A clusterer
    /// read back with <see cref="FromSnapshot"/> places the next articles as this one would.
    /// </summary>
    internal byte[] ToSnapshot()
    {
        // Not compressed: the weights are doubles, which compress little (35 MB to 24 MB for 20,000 articles) for more
        // time than writing them takes.
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(SnapshotMagic);
            writer.Write(SnapshotVersion);
            _terms.WriteTo(writer);
            writer.Write(_stories.Count);
            foreach (var story in _stories)
            {
                story.WriteTo(writer);
                writer.Write(story.MergedInto?.Ordinal ?? -1);
            }

            writer.Write(_postings.Count);
            foreach (var (term, stories) in _postings)
            {
                writer.Write(term);
                writer.WriteList(stories, static (w, s) => w.Write(s.Ordinal));
            }

            writer.WriteList(_active, static (w, s) => w.Write(s.Ordinal));
            _subjects.WriteTo(writer);
            writer.Write(_clock);
            writer.Write(_merged);
            writer.Write(_placed);
            writer.WriteTime(_now);
            writer.Write(SnapshotMagic);
        }

        return buffer.ToArray();
    }

    /// <summary>A clusterer as <see cref="ToSnapshot"/> left it, with <paramref name="options"/> (which must be those it
    /// was made with). Throws <see cref="InvalidDataException"/> for bytes that are not a whole snapshot of this format.</summary>
    internal static OnlineStoryClusterer FromSnapshot(byte[] snapshot, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        try
        {
            using var plain = new MemoryStream(snapshot, writable: false);
            using var reader = new BinaryReader(plain, System.Text.Encoding.UTF8);
            if (reader.ReadInt32() != SnapshotMagic || reader.ReadInt32() is var version && version != SnapshotVersion)
            {
                throw new InvalidDataException("the bytes are not a story clusterer snapshot of this version");
            }

            var clusterer = new OnlineStoryClusterer(options);
            clusterer.ReadFrom(reader);
            if (reader.ReadInt32() != SnapshotMagic || plain.Position != plain.Length)
            {
                throw new InvalidDataException("the story clusterer snapshot does not end where it should");
            }

            return clusterer;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"the story clusterer snapshot is damaged: {e.Message}", e);
        }
    }

    private void ReadFrom(BinaryReader reader)
    {
        _terms.ReadFrom(reader);
        var count = reader.ReadCount();
        var mergedInto = new int[count];
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            var story = StoryState.ReadFrom(reader, ordinal);
            mergedInto[ordinal] = reader.ReadInt32();
            _stories.Add(story);
            _byId.Add(story.Id, story);
        }

        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            if (mergedInto[ordinal] >= 0)
            {
                _stories[ordinal].MergedInto = Story(mergedInto[ordinal]);
            }
        }

        // Members merged into an older story are listed by both; either way the article leads to the live one.
        foreach (var story in _stories)
        {
            foreach (var member in story.Members)
            {
                _byDocument.TryAdd(member, story);
            }
        }

        var terms = reader.ReadCount();
        for (var i = 0; i < terms; i++)
        {
            var term = reader.ReadInt64();
            _postings.Add(term, reader.ReadList(r => Story(r.ReadInt32())));
        }

        _active.AddRange(reader.ReadList(r => Story(r.ReadInt32())));
        _subjects.ReadFrom(reader, Story);
        _clock = reader.ReadInt64();
        _merged = reader.ReadInt32();
        _placed = reader.ReadInt64();
        _now = reader.ReadTime();
    }

    private StoryState Story(int ordinal) =>
        (uint)ordinal < (uint)_stories.Count ? _stories[ordinal] : throw new InvalidDataException($"the snapshot refers to story {ordinal} of {_stories.Count}");
}
