namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Finds the actors of a sentence: dictionary actors and agents (longest match), noun chunks around them, the codes of
/// each chunk (its first actor with its agents: <c>NGO~</c> before, <c>~GOV</c> after, a code already present not
/// repeated; agents alone give <c>---GOV</c>), agents completed by an actor after <c>of</c>/<c>in</c>/<c>from</c>
/// (<c>the ambassadors of Arnor and Gondor</c>), and compounds joined by <c>and</c>, <c>or</c>, <c>nor</c> and commas.
/// </summary>
internal static class ActorPhraseFinder
{
    private const string NoActor = "---";

    public static List<ActorMention> Mentions(IReadOnlyList<CodingToken> tokens, IReadOnlyList<string> keys, CodingDictionaries dictionaries, DateOnly? date)
    {
        var mentions = new List<ActorMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!CanStartName(tokens[i]))
            {
                continue;
            }

            var actorLength = dictionaries.Actors.Names.LongestAt(keys, i, e => e.CodeOn(date) is not null, out var actor);
            var agentLength = dictionaries.Agents.Phrases.LongestAt(keys, i, _ => true, out var agent);
            if (actorLength == 0 && agentLength == 0)
            {
                continue;
            }

            if (actorLength >= agentLength)
            {
                var codes = actor!.CodeOn(date)!.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                mentions.Add(new ActorMention(i, i + actorLength - 1, codes, null));
                i += actorLength - 1;
            }
            else
            {
                mentions.Add(new ActorMention(i, i + agentLength - 1, [], agent));
                i += agentLength - 1;
            }
        }

        return mentions;
    }

    public static SentenceActors Find(IReadOnlyList<CodingToken> tokens, IReadOnlyList<ActorMention> mentions, IReadOnlyList<FoundVerb> verbs)
    {
        var nominal = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            nominal[i] = WordClasses.IsNominal(tokens[i]);

            // Without tags, a word in -ed or -ing is a verb unless a determiner stands before it ("the affected villages").
            if (tokens[i].Tag is null && tokens[i].Key.Length > 4 && (tokens[i].Key.EndsWith("ED", StringComparison.Ordinal) || tokens[i].Key.EndsWith("ING", StringComparison.Ordinal))
                && !(i > 0 && WordClasses.IsDeterminer(tokens[i - 1])))
            {
                nominal[i] = false;
            }

            // ... and a participle in -en after a form of be or have: "was seen", "has begun".
            if (tokens[i].Tag is null && i > 0 && tokens[i - 1].Key is "IS" or "ARE" or "WAS" or "WERE" or "BE" or "BEEN" or "HAS" or "HAVE" or "HAD"
                && (tokens[i].Key.EndsWith("EN", StringComparison.Ordinal) || tokens[i].Key.EndsWith("WN", StringComparison.Ordinal) || tokens[i].Key.EndsWith("UN", StringComparison.Ordinal)))
            {
                nominal[i] = false;
            }
        }

        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Tag is "CC" && tokens[i - 1].Tag is { } left && left.StartsWith("JJ", StringComparison.Ordinal) && tokens[i + 1].Tag is { } right && right.StartsWith("JJ", StringComparison.Ordinal))
            {
                nominal[i] = true;
            }
        }

        foreach (var verb in verbs)
        {
            for (var k = verb.First; k <= verb.Last; k++)
            {
                nominal[k] = false;
            }
        }

        foreach (var mention in mentions)
        {
            for (var k = mention.First; k <= mention.Last; k++)
            {
                nominal[k] = true;
            }
        }

        var chunks = new List<NounChunk>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!nominal[i])
            {
                continue;
            }

            var start = i;
            while (i + 1 < tokens.Count && nominal[i + 1])
            {
                i++;
            }

            chunks.Add(new NounChunk(start, i));
        }

        var groups = chunks.Select(c => Group(c, mentions)).ToList();
        var phrases = Phrases(tokens, groups);
        return new SentenceActors(tokens.Count, chunks, phrases, mentions);
    }

    private static bool CanStartName(CodingToken token) =>
        token.Tag is null
            ? !WordClasses.IsPunctuation(token)
            : !token.IsTaggedVerb && token.Tag is not ("IN" or "CC" or "TO" or "MD" or "," or "." or ":");

    private static ChunkGroup Group(NounChunk chunk, IReadOnlyList<ActorMention> mentions)
    {
        var inside = mentions.Where(m => m.First >= chunk.First && m.Last <= chunk.Last).ToList();
        var actors = inside.FirstOrDefault(m => m.IsActor)?.ActorCodes ?? [];
        var agents = inside.Where(m => !m.IsActor).Select(m => m.Agent!).ToList();
        return new ChunkGroup(chunk, actors, agents);
    }

    /// <summary>Combines an actor code with agent codes: prefixes before, suffixes after, none repeated.</summary>
    public static string Compose(string? actor, IEnumerable<AgentEntry> agents)
    {
        var code = actor ?? NoActor;
        foreach (var agent in agents)
        {
            if (agent.Prefix)
            {
                if (!code.StartsWith(agent.Code, StringComparison.Ordinal))
                {
                    code = agent.Code + code;
                }
            }
            else if (!(code.Length > 3 && code[3..].Contains(agent.Code, StringComparison.Ordinal)))
            {
                code += agent.Code;
            }
        }

        return code;
    }

    private static List<ActorPhrase> Phrases(IReadOnlyList<CodingToken> tokens, List<ChunkGroup> groups)
    {
        // Chains: groups separated only by connectors (and, or, nor, commas).
        var chains = new List<List<ChunkGroup>>();
        foreach (var group in groups)
        {
            if (chains.Count > 0 && OnlyConnectorsBetween(tokens, chains[^1][^1].Chunk.Last, group.Chunk.First, out var commaOnly)
                && !(commaOnly && (chains[^1][^1].Actors.Count == 0 || group.Actors.Count == 0)))
            {
                chains[^1].Add(group);
            }
            else
            {
                chains.Add([group]);
            }
        }

        var phrases = new List<ActorPhrase>();
        for (var c = 0; c < chains.Count; c++)
        {
            var chain = chains[c];
            var members = chain.Where(g => g.IsCoded).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var codes = new List<string>();
            var last = members[^1].Chunk.Last;

            // Agents completed by the actors after of/in/from: "officials in Fornost and Gondor".
            if (members.Any(m => m.AgentsOnly) && c + 1 < chains.Count && chains[c + 1].Any(g => g.Actors.Count > 0)
                && chain[^1].Chunk.Last + 2 == chains[c + 1][0].Chunk.First
                && tokens[chain[^1].Chunk.Last + 1].Key is "OF" or "IN" or "FROM")
            {
                var next = chains[c + 1].Where(g => g.IsCoded).ToList();
                foreach (var member in members)
                {
                    if (member.AgentsOnly)
                    {
                        foreach (var owner in next.Where(g => g.Actors.Count > 0))
                        {
                            codes.AddRange(owner.Actors.Select(a => Compose(a, member.Agents.Concat(owner.Agents))));
                        }
                    }
                    else
                    {
                        codes.AddRange(member.Actors.Select(a => Compose(a, member.Agents)));
                    }
                }

                last = next[^1].Chunk.Last;
                c++;
            }
            else
            {
                foreach (var member in members)
                {
                    codes.AddRange(member.Actors.Count > 0 ? member.Actors.Select(a => Compose(a, member.Agents)) : [Compose(null, member.Agents)]);
                }
            }

            var first = members[0].Chunk.First;
            var before = first > 0 ? tokens[first - 1] : null;
            var governed = before is not null && WordClasses.IsPreposition(before);
            phrases.Add(new ActorPhrase(first, last, codes.Distinct(StringComparer.Ordinal).ToList(), governed, governed && before!.Key == "BY"));
        }

        return phrases;
    }

    private static bool OnlyConnectorsBetween(IReadOnlyList<CodingToken> tokens, int leftLast, int rightFirst, out bool commaOnly)
    {
        commaOnly = true;
        if (rightFirst - leftLast < 2)
        {
            return false;
        }

        for (var k = leftLast + 1; k < rightFirst; k++)
        {
            if (!WordClasses.IsConnector(tokens[k]))
            {
                return false;
            }

            commaOnly &= tokens[k].Key == ",";
        }

        return true;
    }
}
