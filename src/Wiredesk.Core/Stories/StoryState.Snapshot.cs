namespace Wiredesk.Core.Stories;

internal sealed partial class StoryState
{
    /// <summary>Writes everything but the story it was merged into (the clusterer writes that as an ordinal) and the
    /// scratch space of a lookup.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Id);
        writer.Write(Retired);
        writer.WriteOptional(_retiredTitle);
        writer.Write(Dormant);
        writer.WriteList(Members, static (w, m) => w.Write(m));
        writer.WriteList(Copies, static (w, c) => w.Write(c));
        writer.WriteWeights(Words);
        writer.WriteWeights(Names);
        writer.WriteWeights(TitleWords);
        writer.WriteCounts(NameDocuments, static (w, n) => w.Write(n));
        writer.WriteList(Titles, static (w, t) =>
        {
            w.Write(t.Title);
            w.WriteVector(t.Vector);
        });
        writer.WriteCounts(Sources, static (w, s) => w.Write(s));
        writer.WriteList(IndependentSources, static (w, s) => w.Write(s));
        writer.Write(Norms.Words);
        writer.Write(Norms.Names);
        writer.Write(Norms.Titles);
        writer.WriteTime(First);
        writer.WriteTime(Last);
        writer.WriteList(PostedTerms, static (w, t) => w.Write(t));
        writer.WriteList(SubjectTerms, static (w, t) => w.Write(t));
        writer.Write(Touched);
    }

    /// <summary>A story as <see cref="WriteTo"/> wrote it, with creation ordinal <paramref name="ordinal"/>.</summary>
    public static StoryState ReadFrom(BinaryReader reader, int ordinal)
    {
        var story = new StoryState(reader.ReadString(), ordinal)
        {
            Retired = reader.ReadBoolean(),
            _retiredTitle = reader.ReadOptional(),
            Dormant = reader.ReadBoolean(),
        };
        story.Members.AddRange(reader.ReadList(static r => r.ReadString()));
        story.Copies.UnionWith(reader.ReadList(static r => r.ReadString()));
        reader.ReadWeights(story.Words);
        reader.ReadWeights(story.Names);
        reader.ReadWeights(story.TitleWords);
        reader.ReadCounts(story.NameDocuments, static r => r.ReadInt32());
        story.Titles.AddRange(reader.ReadList(static r => (r.ReadString(), r.ReadVector())));
        reader.ReadCounts(story.Sources, static r => r.ReadString());
        story.IndependentSources.UnionWith(reader.ReadList(static r => r.ReadString()));
        story.Norms = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        story.First = reader.ReadTime();
        story.Last = reader.ReadTime();
        story.PostedTerms.AddRange(reader.ReadList(static r => r.ReadInt64()));
        story.SubjectTerms.AddRange(reader.ReadList(static r => r.ReadInt32()));
        story.Touched = reader.ReadInt64();
        return story;
    }
}
