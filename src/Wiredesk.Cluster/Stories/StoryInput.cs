using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Stories;

/// <summary>An article to place: its profile and the reuse relations it takes part in (passages left out), from which the sequencer tells whether it copies an article already placed.</summary>
/// <param name="Profile">The article's profile.</param>
/// <param name="Relations">Its reuse relations.</param>
[GenerateSerializer, Immutable]
public sealed record StoryInput(ArticleProfile Profile, ReuseRelation[] Relations);
