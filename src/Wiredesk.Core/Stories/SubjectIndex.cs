namespace Wiredesk.Core.Stories;

/// <summary>
/// The subject rule's side of the clusterer: who owns a name, and the dozing stories filed under the names they own
/// (at most <see cref="StoryOptions.StoriesPerTerm"/> per name), so that a follow-up on a story's subject can still
/// find it after the story has left the inverted index.
/// </summary>
internal sealed partial class SubjectIndex(StoryOptions options, TermTable terms)
{
    /// <summary>Dozing stories offered to one article at most.</summary>
    private const int CandidatesPerArticle = 4;

    private readonly Dictionary<int, List<StoryState>> _byName = [];

    /// <summary>
    /// True when the story owns one of the article's leading names: every earlier article holding the word (at least
    /// <see cref="StoryOptions.SubjectShare"/> of them) is a member. The article is already counted in the document
    /// frequency, so it is left out.
    /// </summary>
    public bool Owns(StoryState story, TermVector names)
    {
        var count = Math.Min(options.SubjectNames, names.Count);
        for (var i = 0; i < count; i++)
        {
            var name = names.Ids[i];
            if (story.NameDocuments.TryGetValue(name, out var held) && held >= options.SubjectShare * (terms.DocumentFrequency(name) - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Puts the story to sleep, filed under the names it owns; false (and nothing done) when it owns none.</summary>
    public bool File(StoryState story)
    {
        var owned = story.NameDocuments
            .Where(n => n.Value >= options.SubjectShare * terms.DocumentFrequency(n.Key))
            .OrderByDescending(n => n.Value).ThenBy(n => n.Key)
            .Take(options.SubjectNames)
            .Select(n => n.Key)
            .ToList();
        if (owned.Count == 0)
        {
            return false;
        }

        story.Doze();
        foreach (var name in owned)
        {
            if (!_byName.TryGetValue(name, out var stories))
            {
                _byName[name] = stories = [];
            }

            if (stories.Contains(story))
            {
                continue;
            }

            stories.Add(story);
            story.SubjectTerms.Add(name);
            if (stories.Count > options.StoriesPerTerm)
            {
                stories.RemoveAt(0);
            }
        }

        return true;
    }

    /// <summary>Takes a story out of the index for good.</summary>
    public void Remove(StoryState story) => StoryLists.Remove(_byName, story.SubjectTerms, story);

    /// <summary>
    /// Adds the dozing stories that own one of the article's leading names, newest first and a few at most, with the
    /// share of the article's lookup terms among their kept terms. Stories already counted in this lookup
    /// (<paramref name="mark"/>) are skipped.
    /// </summary>
    public void AddCandidates(ArticleVectors article, long mark, List<(StoryState Story, double Share)> candidates)
    {
        if (options.SubjectDays <= 0 || _byName.Count == 0)
        {
            return;
        }

        var added = 0;
        var names = Math.Min(options.SubjectNames, article.Names.Count);
        for (var i = 0; i < names && added < CandidatesPerArticle; i++)
        {
            if (!_byName.TryGetValue(article.Names.Ids[i], out var stories))
            {
                continue;
            }

            for (var j = stories.Count - 1; j >= 0 && added < CandidatesPerArticle; j--)
            {
                var story = stories[j].Live;
                if (story.LookupMark == mark || !story.Dormant || !Owns(story, article.Names))
                {
                    continue;
                }

                story.LookupMark = mark;
                candidates.Add((story, KeptShare(article, story)));
                added++;
            }
        }
    }

    private static double KeptShare(ArticleVectors article, StoryState story)
    {
        var kept = 0;
        foreach (var term in article.LookupTerms)
        {
            var held = term >= ArticleVectors.NameKey
                ? story.Names.ContainsKey((int)(term - ArticleVectors.NameKey))
                : story.Words.ContainsKey((int)term);
            if (held)
            {
                kept++;
            }
        }

        return (double)kept / Math.Max(1, article.LookupTerms.Count);
    }
}
