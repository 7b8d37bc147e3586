namespace Wiredesk.Core.Stories;

/// <summary>
/// Single-pass clustering with a bounded candidate set. Each article is weighed with the document frequencies of its
/// moment, compared with the stories that share its most telling words and names (an inverted index that remembers only
/// the most recently updated stories per term), and joins the best one when a learned model (<see cref="StoryModel"/>
/// over word, name and title cosines, the time gap and the share of lookup terms) says it is likely the same event;
/// otherwise it starts a story. A copy joins its source's story. After a join, stories that the article also nearly
/// matched are merged into the older one when the model, story against story, is confident they are one event; a story
/// of one article merges into the larger one when the article would have joined it too.
/// Not thread-safe: one clusterer per stream.
/// </summary>
public sealed partial class OnlineStoryClusterer : IStoryClusterer
{
    private readonly StoryOptions _options;
    private readonly TermTable _terms = new();
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<string, StoryState> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryState> _byDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<StoryState>> _postings = [];
    private readonly List<StoryState> _active = [];
    private long _clock;
    private int _merged;
    private long _placed;
    private long _lookups;
    private const int SweepEvery = 1024;
    private DateTimeOffset? _now;

    /// <summary>A clusterer with <paramref name="options"/> (or the defaults).</summary>
    public OnlineStoryClusterer(StoryOptions? options = null)
    {
        _options = options ?? StoryOptions.Default;
        _subjects = new SubjectIndex(_options, _terms);
    }

    private readonly SubjectIndex _subjects;

    /// <summary>For evaluation: told, before each article is placed, its leading candidates with their features, the model's
    /// probability and the time decay.</summary>
    internal Action<ArticleProfile, IReadOnlyList<(string Story, double[] Features, double Probability, double Decay)>>? TraceCandidates { get; set; }

    /// <summary>Articles placed so far.</summary>
    public int PlacedCount => _byDocument.Count;

    /// <summary>Stories that have left the inverted index: dozing (found only through the names they own) and retired.</summary>
    internal (int Dozing, int Retired) Resting => (_stories.Count(s => s.Dormant && !s.Retired), _stories.Count(s => s.Retired));

    /// <summary>Live stories (not merged into another) so far.</summary>
    public int StoryCount => _stories.Count - _merged;

    /// <inheritdoc/>
    public StoryAssignment Add(ArticleProfile article, string? copyOf)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_byDocument.TryGetValue(article.Id, out var known))
        {
            return new StoryAssignment(article.Id, known.Live.Id, false, 1, null, []);
        }

        var vectors = Weigh(article);
        TraceCandidates?.Invoke(article, Candidates(vectors).Take(3)
            .Select(c => (c.Story, Features: StoryFeatures.Of(vectors, c.Story, c.Share)))
            .Select(c => (c.Story, c.Features, Probability: _options.Model.Probability(c.Features)))
            .Select(c => (c.Story.Id, c.Features.Append(OnSubject(vectors, c.Story, c.Features, c.Probability) ? 1 : 0).ToArray(), c.Probability, DecayOf(vectors, c.Story, c.Features, c.Probability)))
            .ToList());
        var copied = copyOf is not null && _byDocument.TryGetValue(copyOf, out var source) ? source.Live : null;
        var scored = ScoreCandidates(vectors);

        StoryState target;
        double score;
        var started = false;
        if (copied is not null)
        {
            (target, score) = (copied, 1.0);
        }
        else if (scored.Count > 0 && scored[0].Probability >= _options.JoinProbability)
        {
            (target, score) = (scored[0].Story, scored[0].Probability);
        }
        else
        {
            (target, score, started) = (NewStory(article.Id), 0.0, true);
        }

        Place(vectors, target, copied is null ? null : copyOf);
        var merged = started ? [] : MergeNear(target, scored);
        return new StoryAssignment(article.Id, target.Live.Id, started, Math.Round(score, 4), copied is null ? null : copyOf, merged);
    }

    /// <summary>
    /// For fitting the model: scores the article against its candidate stories as <see cref="Add"/> would, then places it
    /// in the story named <paramref name="goldStory"/> (made if new), and returns each candidate's features with whether
    /// it was the gold story.
    /// </summary>
    public IReadOnlyList<(double[] Features, bool Same)> Examples(ArticleProfile article, string goldStory)
    {
        var vectors = Weigh(article);
        var examples = Candidates(vectors)
            .Select(c => (c.Story, Features: StoryFeatures.Of(vectors, c.Story, c.Share)))
            .Where(c => DecayOf(vectors, c.Story, c.Features, _options.Model.Probability(c.Features)) >= 0.5)
            .Select(c => (c.Features, Same: c.Story.Id == goldStory))
            .ToList();
        var story = _byId.TryGetValue(goldStory, out var existing) ? existing : NewStory(goldStory, fixedId: true);
        Place(vectors, story, null);
        return examples;
    }

    /// <summary>Replays a placement read back from a store: the article joins <paramref name="storyId"/> as it did before.</summary>
    public void Restore(ArticleProfile article, string storyId, string? copyOf)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(storyId);
        if (_byDocument.ContainsKey(article.Id))
        {
            return;
        }

        var vectors = Weigh(article);
        var story = _byId.TryGetValue(storyId, out var existing) ? existing.Live : NewStory(storyId, fixedId: true);
        Place(vectors, story, copyOf);
    }

    /// <summary>The story <paramref name="documentId"/> belongs to now, if it was placed.</summary>
    public string? StoryOf(string documentId) =>
        _byDocument.TryGetValue(documentId, out var story) ? story.Live.Id : null;

    /// <summary>The live stories, oldest first.</summary>
    public IReadOnlyList<Story> Stories() =>
        _stories.Where(s => s.MergedInto is null).Select(s => s.ToStory()).ToList();

    private ArticleVectors Weigh(ArticleProfile article)
    {
        var ids = _terms.Add((IReadOnlyCollection<string>)article.Words.Keys);
        var weights = new double[ids.Length];
        var i = 0;
        foreach (var count in article.Words.Values)
        {
            weights[i] = (1 + _terms.LogOf(count)) * _terms.Idf(ids[i]);
            i++;
        }

        var words = TermVector.Top(ids, weights, _options.ArticleWords);
        var names = Known(article.Names.Keys, article.Names.Values, _options.ArticleWords / 2);
        var titles = Known(article.TitleWords, article.TitleWords.Select(_ => 1), _options.ArticleWords / 4);
        var lookup = new List<long>(_options.LookupTerms + (_options.LookupTerms / 2) + _options.LookupTitleNames);
        lookup.AddRange(words.Ids.Take(_options.LookupTerms).Select(id => (long)id));
        lookup.AddRange(names.Ids.Take(_options.LookupTerms / 2).Select(id => ArticleVectors.NameKey + id));
        lookup.AddRange(NamesInTitle(names, titles).Select(id => ArticleVectors.NameKey + id));
        return new ArticleVectors(article, words, names, titles, lookup);
    }

    /// <summary>
    /// Names beyond the heaviest that the headline also holds, at most <see cref="StoryOptions.LookupTitleNames"/>
    /// ("African leaders' relatives named in Panama Papers", whose body is full of rarer names): the headline names the
    /// event.
    /// </summary>
    private IEnumerable<int> NamesInTitle(TermVector names, TermVector titles) =>
        names.Ids.Skip(_options.LookupTerms / 2).Where(id => Array.IndexOf(titles.Ids, id) >= 0).Take(_options.LookupTitleNames);

    // Names and title words are words of the article too, so their ids exist once the article's words are counted.
    private TermVector Known(IEnumerable<string> terms, IEnumerable<int> counts, int keep)
    {
        var ids = new List<int>();
        var weights = new List<double>();
        foreach (var (term, count) in terms.Zip(counts))
        {
            var id = _terms.IdOf(term);
            if (id >= 0)
            {
                ids.Add(id);
                weights.Add((1 + _terms.LogOf(count)) * _terms.Idf(id));
            }
        }

        return ids.Count == 0 ? TermVector.Empty : TermVector.Top([.. ids], [.. weights], keep);
    }

    private List<(StoryState Story, double Probability)> ScoreCandidates(ArticleVectors article) =>
        Candidates(article)
            .Select(c => (c.Story, Probability: JoinProbability(article, c.Story, c.Share)))
            .OrderByDescending(c => c.Probability).ThenBy(c => c.Story.Ordinal)
            .ToList();

    /// <summary>
    /// The model's probability times the time decay; none when the article and the story each carry several names and
    /// share none of them: the same kind of news about other places and people is another event.
    /// </summary>
    private double JoinProbability(ArticleVectors article, StoryState story, double share)
    {
        var features = StoryFeatures.Of(article, story, share);
        if (_options.DistinctNames > 0 && features[1] == 0 && article.Names.Count >= _options.DistinctNames && story.Names.Count >= _options.DistinctNames)
        {
            return 0;
        }

        var probability = _options.Model.Probability(features);
        return probability * DecayOf(article, story, features, probability);
    }

    /// <summary>
    /// What the time gap leaves of the join probability: nothing lost within the grace days, nor, while the story is
    /// younger than <see cref="StoryOptions.SubjectDays"/>, for a follow-up on its own subject; otherwise the plain decay.
    /// <paramref name="probability"/> is the model's for <paramref name="features"/>.
    /// </summary>
    private double DecayOf(ArticleVectors article, StoryState story, double[] features, double probability)
    {
        var gap = story.GapDays(article.Profile.Published);
        if (gap <= _options.GapGraceDays)
        {
            return 1;
        }

        return gap <= _options.SubjectDays && OnSubject(article, story, features, probability) ? 1 : StoryFeatures.Decay(gap, _options);
    }

    /// <summary>The story owns one of the article's leading names, the article's other words match the story's, the
    /// model (before the decay) is sure they report the same event, the headline names nothing the story never named
    /// (<see cref="StoryOptions.SubjectRefusesNewHeadlineNames"/>), and neither it nor the lead says the news happened
    /// again (<see cref="StoryOptions.SubjectRefusesRepeats"/>).</summary>
    private bool OnSubject(ArticleVectors article, StoryState story, double[] features, double probability) =>
        features[StoryFeatures.Topic] >= _options.SubjectTopic
        && probability >= _options.SubjectProbability
        && _subjects.Owns(story, article.Names)
        && !(_options.SubjectRefusesNewHeadlineNames && HeadlineNamesNew(article, story))
        && !(_options.SubjectRefusesRepeats && article.Profile.Repeats);

    /// <summary>Whether a word of the headline that the article writes as a name is a name no member of the story holds.</summary>
    private static bool HeadlineNamesNew(ArticleVectors article, StoryState story)
    {
        foreach (var id in article.Names.Ids)
        {
            if (Array.IndexOf(article.TitleWords.Ids, id) >= 0 && !story.NameDocuments.ContainsKey(id))
            {
                return true;
            }
        }

        return false;
    }

    private List<(StoryState Story, double Share)> Candidates(ArticleVectors article)
    {
        // Hits are counted on the stories themselves, marked with this lookup's number: no dictionary per article.
        var mark = ++_lookups;
        var hits = new List<StoryState>();
        foreach (var term in article.LookupTerms)
        {
            if (_postings.TryGetValue(term, out var stories))
            {
                foreach (var story in stories)
                {
                    var live = story.Live;
                    if (live.LookupMark != mark)
                    {
                        live.LookupMark = mark;
                        live.LookupHits = 0;
                        hits.Add(live);
                    }

                    live.LookupHits++;
                }
            }
        }

        // The most hits first, then the most recently touched (unique per story): a partial selection, not a sort of all hits.
        var terms = Math.Max(1, article.LookupTerms.Count);
        var best = new List<(StoryState Story, int Hits)>(Math.Min(_options.MaxCandidates, hits.Count));
        foreach (var story in hits)
        {
            var count = story.LookupHits;
            if (best.Count == _options.MaxCandidates && !Ahead(story, count, best[^1]))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Ahead(story, count, best[at - 1]))
            {
                at--;
            }

            best.Insert(at, (story, count));
            if (best.Count > _options.MaxCandidates)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        var candidates = best.Select(h => (h.Story, (double)h.Hits / terms)).ToList();
        _subjects.AddCandidates(article, mark, candidates);
        return candidates;

        static bool Ahead(StoryState story, int count, (StoryState Story, int Hits) other) =>
            count > other.Hits || (count == other.Hits && story.Touched > other.Story.Touched);
    }

    private void Place(ArticleVectors article, StoryState story, string? copyOf)
    {
        if (article.Profile.Published is { } published && (_now is null || published > _now))
        {
            _now = published;
        }

        if (++_placed % SweepEvery == 0)
        {
            RetireOld();
        }

        story.Add(article, copyOf, _options);
        story.Touched = ++_clock;
        _byDocument[article.Profile.Id] = story;
        if (story.Retired)
        {
            return;
        }

        foreach (var term in article.LookupTerms)
        {
            Remember(term, story);
        }
    }

    private void Remember(long term, StoryState story)
    {
        if (!_postings.TryGetValue(term, out var stories))
        {
            _postings[term] = stories = [];
        }

        if (!stories.Remove(story))
        {
            story.PostedTerms.Add(term);
        }

        stories.Add(story);
        if (stories.Count > _options.StoriesPerTerm)
        {
            stories.RemoveAt(0);
        }
    }

    /// <summary>Takes a story that can no longer be joined off the postings, dropping lists left empty: the index holds
    /// the terms of the live part of the stream only.</summary>
    private void Unpost(StoryState story) => StoryLists.Remove(_postings, story.PostedTerms, story);

    private List<string> MergeNear(StoryState target, List<(StoryState Story, double Probability)> scored)
    {
        var merged = new List<string>();
        foreach (var (other, probability) in scored)
        {
            var live = other.Live;
            var survivor = target.Live;
            if (live == survivor || probability < _options.JoinProbability * 0.8)
            {
                continue;
            }

            // A story of a few articles is as if those articles arrived now: it merges when the article just placed would
            // have joined it too, tying it to the story it did join. Story against story, only a sure model merges: at the
            // join level, stories of one region and week merge whatever they report. A story at rest (dozing or retired)
            // keeps too little of its words to take part.
            var small = Math.Min(live.Members.Count, survivor.Members.Count) <= _options.SmallStoryMembers
                && !survivor.Dormant && !live.Dormant && !survivor.Retired && !live.Retired;
            var bridged = small && probability >= _options.JoinProbability;
            if (!bridged && _options.Model.Probability(StoryFeatures.Of(survivor, live)) * StoryFeatures.Decay(survivor.GapDays(live), _options) < _options.MergeProbability)
            {
                continue;
            }

            var (keep, drop) = small && live.Members.Count != survivor.Members.Count
                ? (live.Members.Count > survivor.Members.Count ? (live, survivor) : (survivor, live))
                : survivor.Ordinal < live.Ordinal ? (survivor, live) : (live, survivor);
            keep.Absorb(drop, _options);
            _merged++;
            merged.Add(drop.Id);
        }

        return merged;
    }

    private StoryState NewStory(string seed, bool fixedId = false)
    {
        var id = fixedId ? seed : StoryIds.For(seed);
        for (var n = 2; !fixedId && _byId.ContainsKey(id); n++)
        {
            id = StoryIds.For(seed) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var story = new StoryState(id, _stories.Count);
        _stories.Add(story);
        _active.Add(story);
        _byId[id] = story;
        return story;
    }

    /// <summary>
    /// Every <see cref="SweepEvery"/> placements: a story older than the grace plus log2(1 / join level) half-lives, which
    /// the time decay alone keeps under the join level, leaves the postings. If it owns some of its names and the subject
    /// rule is on, it dozes (keeps its heaviest terms, found through the names it owns) until it is older than
    /// <see cref="StoryOptions.SubjectDays"/>; otherwise, and then, it is retired: its vectors are dropped, its members
    /// and headline kept. Bounds memory and candidates to the live part of the stream. An article older than the stream's
    /// newest cannot join a retired story.
    /// </summary>
    private void RetireOld()
    {
        if (_now is not { } now)
        {
            return;
        }

        var plain = _options.GapGraceDays + (_options.HalfLifeDays * Math.Log2(1 / Math.Max(_options.JoinProbability, 1e-6))) + 1;
        var subject = Math.Max(plain, _options.SubjectDays + 1);
        _active.RemoveAll(story =>
        {
            if (story.MergedInto is not null)
            {
                return true;
            }

            if (story.Last is not { } last)
            {
                return false;
            }

            var age = (now - last).TotalDays;
            if (age <= plain || (story.Dormant && age <= subject))
            {
                return false;
            }

            if (!story.Dormant)
            {
                Unpost(story);
            }

            if (age <= subject && _subjects.File(story))
            {
                return false;
            }

            _subjects.Remove(story);
            story.Retire();
            return true;
        });
    }
}
