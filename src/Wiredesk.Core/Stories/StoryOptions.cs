namespace Wiredesk.Core.Stories;

/// <summary>
/// The knobs of the story clusterer. The thresholds were chosen by two-fold cross-validation over the Giveme5W1H
/// development events (each setting scored on the half of the events its model was not fitted on) and the model then
/// fitted on every event (docs/stories.md); none is fitted to one event.
/// </summary>
public sealed record StoryOptions
{
    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>
    /// The join decision: a logistic model over <see cref="StoryFeatures"/>. Fitted with
    /// <c>eval stories --fit --tuning-half both</c> on the Giveme5W1H development events (docs/stories.md).
    /// </summary>
    public StoryModel Model { get; init; } = new([5.31, 2.543, 5.82, 0.798, 2.34, 6.135], -4.607);

    /// <summary>The probability from <see cref="Model"/> an article needs to join its best story. One step stricter than
    /// the cross-validated search's 0.4, at which an article bridging two neighbouring events pulls the second into the
    /// first (docs/stories.md).</summary>
    public double JoinProbability { get; init; } = 0.5;

    /// <summary>
    /// The probability from <see cref="Model"/>, story against story, that merges two stories into one. Set strict, not
    /// fitted: a merge cannot be undone (it moves stored members and retires an id), and lower levels merge distinct
    /// events of the generated stream (docs/stories.md).
    /// </summary>
    public double MergeProbability { get; init; } = 0.98;

    /// <summary>
    /// A story of at most this many members merges into the story an article has just joined when that article would have
    /// joined it too (its probability for it at least <see cref="JoinProbability"/>); the larger story keeps its id. An
    /// early lone report that a later article ties to a story is placed again, as if it arrived now, so arrival order
    /// splits fewer events (0: off).
    /// </summary>
    public int SmallStoryMembers { get; init; } = 1;

    /// <summary>Days between an article and a story before the gap starts to lower the join probability.</summary>
    public double GapGraceDays { get; init; } = 3;

    /// <summary>Days past the grace over which the join probability halves.</summary>
    public double HalfLifeDays { get; init; } = 14;

    /// <summary>
    /// Days after its last article during which a story still takes a follow-up on its own subject with no loss for the
    /// gap: an article whose leading names include one the story owns (<see cref="SubjectShare"/>), whose other words
    /// match the story's (<see cref="SubjectTopic"/>) and which the model is sure of (<see cref="SubjectProbability"/>).
    /// A follow-up naming the same specific subject (a coined name, a place or a person the rest of the stream hardly
    /// mentions) joins a story months old; a merely similar topic, or the same people on another matter, does not. 0
    /// turns the rule off.
    /// </summary>
    public double SubjectDays { get; init; } = 730;

    /// <summary>
    /// The share of all earlier articles naming a term that must be members of the story for the story to own it.
    /// </summary>
    public double SubjectShare { get; init; } = 1.0;

    /// <summary>
    /// The cosine of the article's other words (not its names) with the story's words that the subject half-life also
    /// needs (<see cref="StoryFeatures.TopicCosine(ArticleVectors, StoryState)"/>): the same people meeting again on another matter share names, not
    /// what is said.
    /// </summary>
    public double SubjectTopic { get; init; } = 0.2;

    /// <summary>The model probability (before the decay) a follow-up on the story's subject also needs; 0 for none.</summary>
    public double SubjectProbability { get; init; } = 0.995;

    /// <summary>The article's heaviest names that are checked for a subject the story owns.</summary>
    public int SubjectNames { get; init; } = 8;

    /// <summary>
    /// Whether a headline naming someone or something the story has never named keeps the article from the subject
    /// rule: "Storm Marit batters Kelby" a month after Storm Ilse, "ministers meet again in Sarvik" weeks after Lumen
    /// report a new occurrence among the same places and people, not a follow-up. Such an article still joins within
    /// the grace days, and after them with the plain decay.
    /// </summary>
    public bool SubjectRefusesNewHeadlineNames { get; init; } = true;

    /// <summary>
    /// Whether an article whose headline or first sentence says the news happened again ("fail again to settle the tunnel
    /// bill", "another bridge gives way") is kept from the subject rule: it reports a new occurrence among the same people
    /// or places. Such an article still joins within the grace days, and after them with the plain decay.
    /// </summary>
    public bool SubjectRefusesRepeats { get; init; } = true;

    /// <summary>
    /// An article and a story that each carry at least this many names and share none are never joined: the same kind
    /// of news about other places and people (another earthquake, another ferry collision) is another event. 0 turns
    /// the rule off.
    /// </summary>
    public int DistinctNames { get; init; } = 3;

    /// <summary>Words kept in an article's vector (the highest weighted).</summary>
    public int ArticleWords { get; init; } = 80;

    /// <summary>Words kept in a story's centroid.</summary>
    public int StoryWords { get; init; } = 160;

    /// <summary>Words and names of an article used to look up candidate stories.</summary>
    public int LookupTerms { get; init; } = 16;

    /// <summary>
    /// Names of an article beyond the heaviest (half of <see cref="LookupTerms"/>) that are also looked up when its title
    /// holds them: the headline names the event even when the body is full of rarer names.
    /// </summary>
    public int LookupTitleNames { get; init; } = 4;

    /// <summary>Stories remembered per lookup term, most recently updated first: bounds the work per article.</summary>
    public int StoriesPerTerm { get; init; } = 24;

    /// <summary>Candidate stories scored per article, those sharing most lookup terms first. Scoring them is most of the
    /// clustering's cost; on Giveme5W1H and the generated stream 4 give the same stories as 16 (docs/stories.md), and 8
    /// keep twice that margin.</summary>
    public int MaxCandidates { get; init; } = 8;

    /// <summary>The share of either article in passages shared with an earlier one that makes the later a copy, joining the earlier one's story.</summary>
    public double CopyContainment { get; init; } = 0.5;
}
