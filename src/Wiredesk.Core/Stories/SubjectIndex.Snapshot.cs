namespace Wiredesk.Core.Stories;

internal sealed partial class SubjectIndex
{
    /// <summary>Writes the dozing stories filed under each name, in order, as creation ordinals.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(_byName.Count);
        foreach (var (name, stories) in _byName)
        {
            writer.Write(name);
            writer.WriteList(stories, static (w, s) => w.Write(s.Ordinal));
        }
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote into this empty index; <paramref name="story"/> finds a story by ordinal.</summary>
    public void ReadFrom(BinaryReader reader, Func<int, StoryState> story)
    {
        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadInt32();
            _byName.Add(name, reader.ReadList(r => story(r.ReadInt32())));
        }
    }
}
