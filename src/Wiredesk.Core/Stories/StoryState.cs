namespace Wiredesk.Core.Stories;

/// <summary>The clusterer's working record of one story: summed article vectors, members, times and outlets.</summary>
internal sealed partial class StoryState(string id, int ordinal)
{
    private const int TitlesKept = 32;

    public string Id { get; } = id;

    /// <summary>Creation order: older stories win ties and survive merges.</summary>
    public int Ordinal { get; } = ordinal;

    public StoryState? MergedInto { get; set; }

    /// <summary>This story, or the one it was (in the end) merged into.</summary>
    public StoryState Live
    {
        get
        {
            var story = this;
            while (story.MergedInto is { } into)
            {
                story = into;
            }

            return story;
        }
    }

    /// <summary>True once the story is too old to be joined: its vectors are dropped, its headline kept.</summary>
    public bool Retired { get; private set; }

    private string? _retiredTitle;

    public List<string> Members { get; } = [];

    public HashSet<string> Copies { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, double> Words { get; } = [];

    public Dictionary<int, double> Names { get; } = [];

    public Dictionary<int, double> TitleWords { get; } = [];

    /// <summary>Per name among the members' heaviest names, how many members hold it: who owns a subject.</summary>
    public Dictionary<int, int> NameDocuments { get; } = [];

    /// <summary>True once the story is past the plain half-life: only its heaviest terms are kept, for follow-ups on its subject.</summary>
    public bool Dormant { get; private set; }

    public List<(string Title, TermVector Vector)> Titles { get; } = [];

    public Dictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> IndependentSources { get; } = new(StringComparer.Ordinal);

    /// <summary>The lengths of <see cref="Words"/>, <see cref="Names"/> and <see cref="TitleWords"/>, kept current.</summary>
    public (double Words, double Names, double Titles) Norms { get; private set; }

    public DateTimeOffset? First { get; private set; }

    public DateTimeOffset? Last { get; private set; }

    /// <summary>The candidate lookup that last counted this story, and the hits it counted (the clusterer's scratch space).</summary>
    public long LookupMark { get; set; }

    /// <summary>Lookup terms of the article being placed that pointed at this story, valid while <see cref="LookupMark"/> is current.</summary>
    public int LookupHits { get; set; }

    /// <summary>The lookup terms whose postings list this story was put on (it may have been pushed off some since).</summary>
    public List<long> PostedTerms { get; } = [];

    /// <summary>The names this story was filed under while dormant.</summary>
    public List<int> SubjectTerms { get; } = [];

    /// <summary>The last time the story gained an article, in stream order.</summary>
    public long Touched { get; set; }

    public void Add(ArticleVectors article, string? copyOf, StoryOptions options)
    {
        Members.Add(article.Profile.Id);
        // A retired story takes only copies of its members, and stays retired: no vectors are kept for it again.
        if (!Retired)
        {
            article.Words.AddInto(Words);
            article.Names.AddInto(Names);
            article.TitleWords.AddInto(TitleWords);
            foreach (var name in article.Names.Ids)
            {
                NameDocuments[name] = NameDocuments.GetValueOrDefault(name) + 1;
            }

            Dormant = false;
            Settle(options);
            if (article.Profile.Title is { Length: > 0 } title && Titles.Count < TitlesKept)
            {
                Titles.Add((title, article.TitleWords));
            }
        }

        // An article of unknown outlet counts as an outlet of its own: nothing says it shares one with another.
        var source = article.Profile.Source ?? "\0" + article.Profile.Id;
        Sources[source] = Sources.GetValueOrDefault(source) + 1;
        if (copyOf is null)
        {
            IndependentSources.Add(source);
        }
        else
        {
            Copies.Add(article.Profile.Id);
        }

        Widen(article.Profile.Published, article.Profile.Published);
    }

    public void Absorb(StoryState other, StoryOptions options)
    {
        Members.AddRange(other.Members);
        Copies.UnionWith(other.Copies);
        SparseVector.AddInto(Words, other.Words);
        SparseVector.AddInto(Names, other.Names);
        SparseVector.AddInto(TitleWords, other.TitleWords);
        foreach (var (name, count) in other.NameDocuments)
        {
            NameDocuments[name] = NameDocuments.GetValueOrDefault(name) + count;
        }

        Dormant &= other.Dormant;
        // The lists the other story was put on now hold it for this one (stories stand for those merged into them).
        PostedTerms.AddRange(other.PostedTerms);
        other.PostedTerms.Clear();
        SubjectTerms.AddRange(other.SubjectTerms);
        other.SubjectTerms.Clear();
        Settle(options);
        Titles.AddRange(other.Titles.Take(TitlesKept - Titles.Count));
        foreach (var (source, count) in other.Sources)
        {
            Sources[source] = Sources.GetValueOrDefault(source) + count;
        }

        IndependentSources.UnionWith(other.IndependentSources);
        Widen(other.First, other.Last);
        Touched = Math.Max(Touched, other.Touched);
        other.MergedInto = this;
    }

    /// <summary>Days between <paramref name="time"/> and the story's time span; 0 inside it or when either is unknown.</summary>
    public double GapDays(DateTimeOffset? time)
    {
        if (time is not { } t || First is not { } first || Last is not { } last)
        {
            return 0;
        }

        return t > last ? (t - last).TotalDays : t < first ? (first - t).TotalDays : 0;
    }

    public double GapDays(StoryState other) =>
        other.First is null ? 0 : Math.Min(GapDays(other.First), GapDays(other.Last));

    /// <summary>Keeps only the heaviest terms (cut to 32 words, 16 names and title words where it holds twice as many):
    /// enough to recognise a follow-up on the story's subject, at a fraction of the memory.</summary>
    public void Doze()
    {
        SparseVector.Prune(Words, DormantTerms);
        SparseVector.Prune(Names, DormantTerms / 2);
        SparseVector.Prune(TitleWords, DormantTerms / 2);
        KeepNameDocuments();
        Words.TrimExcess();
        Names.TrimExcess();
        TitleWords.TrimExcess();
        NameDocuments.TrimExcess();
        Norms = (SparseVector.Norm(Words), SparseVector.Norm(Names), SparseVector.Norm(TitleWords));
        Dormant = true;
    }

    private const int DormantTerms = 32;

    /// <summary>Drops what only joining needs (the vectors and title candidates), keeping the headline.</summary>
    public void Retire()
    {
        _retiredTitle = RepresentativeTitle();
        Words.Clear();
        Names.Clear();
        TitleWords.Clear();
        NameDocuments.Clear();
        NameDocuments.TrimExcess();
        Words.TrimExcess();
        Names.TrimExcess();
        TitleWords.TrimExcess();
        Titles.Clear();
        Titles.TrimExcess();
        Norms = (0, 0, 0);
        Retired = true;
    }

    public Story ToStory()
    {
        var title = RepresentativeTitle();
        var known = Sources.Keys.Where(s => !s.StartsWith('\0')).Order(StringComparer.Ordinal).ToList();
        return new Story(Id, title, [.. Members], First, Last, known, Sources.Count, IndependentSources.Count, [.. Copies.Order(StringComparer.Ordinal)]);
    }

    private string? RepresentativeTitle()
    {
        if (Titles.Count == 0)
        {
            return _retiredTitle;
        }

        return Titles.OrderByDescending(t => SparseVector.Cosine(t.Vector, TitleWords)).First().Title;
    }

    // Keeps the sums to their heaviest terms and their lengths current.
    private void Settle(StoryOptions options)
    {
        SparseVector.Prune(Words, options.StoryWords);
        SparseVector.Prune(Names, options.StoryWords / 2);
        SparseVector.Prune(TitleWords, options.StoryWords / 2);
        if (NameDocuments.Count > options.StoryWords)
        {
            KeepNameDocuments();
        }

        Norms = (SparseVector.Norm(Words), SparseVector.Norm(Names), SparseVector.Norm(TitleWords));
    }

    // Counts matter only for names the story still weighs.
    private void KeepNameDocuments()
    {
        List<int>? gone = null;
        foreach (var name in NameDocuments.Keys)
        {
            if (!Names.ContainsKey(name))
            {
                (gone ??= []).Add(name);
            }
        }

        foreach (var name in gone ?? [])
        {
            NameDocuments.Remove(name);
        }
    }

    private void Widen(DateTimeOffset? first, DateTimeOffset? last)
    {
        if (first is { } f && (First is null || f < First))
        {
            First = f;
        }

        if (last is { } l && (Last is null || l > Last))
        {
            Last = l;
        }
    }
}
