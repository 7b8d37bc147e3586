using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;
using Wiredesk.Core.Stories;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Support;

/// <summary>The story view of hand-written articles, ids a1, a2, … in order, each from its own outlet.</summary>
internal static class StoryViews
{
    public static StoryView Of(string[] texts, string[] copies)
    {
        var documents = texts.Select((t, i) => Clean.Text(t, $"a{i + 1}")).ToList();
        var entities = new EntityResolver(NamedEntities.CreateRecognizer()).Resolve(documents);
        return StoryView.Build(documents, entities, id => "outlet-" + id, copies.ToHashSet(), new TemporalTagger(), new EventExtractor());
    }
}
