using Wiredesk.Core.Entities;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Events;

/// <summary>One mention of a canonical entity, with whether that entity is a country.</summary>
internal sealed record IndexedMention(TextSpan Span, CanonicalEntity Entity, MentionKind Kind, string Text, bool IsCountry)
{
    /// <summary>Whether the mention can act or be acted on: a person, an organisation or a country (not a city, not a demonym).</summary>
    public bool CanTakePart => Kind != MentionKind.Demonym && (Entity.Type is EntityType.Person or EntityType.Organization || IsCountry || Kind == MentionKind.Metonymy);

    public EventParticipant ToParticipant() => new(Entity.Id, Entity.Name, Text);
}
