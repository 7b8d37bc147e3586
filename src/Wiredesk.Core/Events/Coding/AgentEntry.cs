namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// An agent of the agents dictionary (<c>FOREIGN_MINISTER [~GOVFRM]</c>): a role noun whose code is added to the
/// actor's — after it when written <c>~GOV</c>, before it when written <c>NGO~</c>.
/// </summary>
/// <param name="Words">The upper-case words.</param>
/// <param name="Code">The code without its <c>~</c>.</param>
/// <param name="Prefix">Whether the code goes before the actor's code.</param>
internal sealed record AgentEntry(IReadOnlyList<string> Words, string Code, bool Prefix);
