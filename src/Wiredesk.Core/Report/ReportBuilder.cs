using System.Globalization;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Quotes;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Report;

/// <summary>Maps documents and problems onto the report's contract.</summary>
public static class ReportBuilder
{
    /// <summary>The report over <paramref name="documents"/>.</summary>
    public static AnalysisReport Build(IEnumerable<Document> documents, IEnumerable<ReadProblem> problems) =>
        Build(documents, [], problems);

    /// <summary>The report over <paramref name="documents"/> and the reuse relations among them.</summary>
    public static AnalysisReport Build(IEnumerable<Document> documents, IEnumerable<ReuseRelation> relations, IEnumerable<ReadProblem> problems)
    {
        var all = documents.ToList();
        var texts = all.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var among = relations.Where(r => texts.ContainsKey(r.A) && texts.ContainsKey(r.B)).OrderBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal).ToList();
        return new AnalysisReport
        {
            Documents = all.Select(ToReport).ToList(),
            Reuse = among.Where(r => r.Kind != ReuseKind.Quotation).Select(r => ToReport(r, texts[r.A])).ToList(),
            SharedQuotes = among.Where(r => r.Kind == ReuseKind.Quotation).Select(r => ToReport(r, texts[r.A])).ToList(),
            CopyGroups = Reuse.CopyGroups.Of(among),
            Problems = problems.Select(p => new ProblemReport(p.Origin, p.Line, Lower(p.Severity), p.Message)).ToList(),
        };
    }

    /// <summary>One canonical entity as the report shows it.</summary>
    public static EntityReport ToReport(CanonicalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new EntityReport(
            entity.Id, entity.Name, Lower(entity.Type), entity.Aliases, entity.Roles, entity.Documents,
            entity.Mentions.Select(m => new MentionReport(m.Document, m.Span.Start, m.Span.Length, m.Text, Lower(m.Kind))).ToList());
    }

    /// <summary>One story quotation as the report shows it.</summary>
    public static QuoteReport ToReport(StoryQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new QuoteReport(
            quote.Speaker, quote.SpeakerId, quote.Text, Lower(quote.Kind), quote.Documents, quote.Outlets, quote.IndependentOutlets,
            quote.Variants.Select(v => new QuoteVariantReport(v.Document, v.Content.Start, v.Content.Length, v.Text, v.Speaker)).ToList());
    }

    /// <summary>The report of a story's view: events, timeline, disagreements, summary and time expressions.</summary>
    public static StoryReport WithView(StoryReport report, StoryView view)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(view);
        return report with
        {
            Events = view.Events.Select(ToReport).ToList(),
            Timeline = view.Timeline.Select(t => new TimelineReport(t.Date, t.EndDate, t.Text, t.Events, t.Documents, t.Outlets, t.IndependentOutlets, t.Mentions.Select(ToReport).ToList())).ToList(),
            Disagreements = view.Disagreements.Select(d => new DisagreementReport(d.Slot, d.What, d.Sides.Select(s => new DisagreementSideReport(s.Claim, s.Documents, s.Mentions.Select(ToReport).ToList())).ToList())).ToList(),
            Summary = view.Summary.Select(s => new SummaryReport(s.Text, s.Document, s.Span.Start, s.Span.Length, s.Documents, s.Outlets, s.IndependentOutlets)).ToList(),
            Times = view.Times.SelectMany(p => p.Value.Select(t => new TimeReport(p.Key, t.Span.Start, t.Span.Length, t.Text, Lower(t.Type), t.Value, t.EndValue))).ToList(),
        };
    }

    /// <summary>The report of one story event.</summary>
    public static EventReport ToReport(StoryEvent storyEvent)
    {
        ArgumentNullException.ThrowIfNull(storyEvent);
        static ParticipantReport? Side(Events.EventParticipant? p) => p is null ? null : new ParticipantReport(p.EntityId, p.Name);
        return new EventReport(
            storyEvent.Id,
            Events.EventTypes.Label(storyEvent.Type),
            Events.EventTypes.Code(storyEvent.Type),
            Side(storyEvent.Actor),
            Side(storyEvent.Target),
            Side(storyEvent.Place),
            storyEvent.Time,
            storyEvent.What,
            storyEvent.Documents,
            storyEvent.Outlets,
            storyEvent.IndependentOutlets,
            storyEvent.Reports.Select(r => new EventMentionReport(r.Document, r.Sentence.Start, r.Sentence.Length, r.CueText, r.TimeText)).ToList());
    }

    private static SpanReport ToReport(StoryMention mention) => new(mention.Document, mention.Span.Start, mention.Span.Length, mention.Text);

    /// <summary>One story as the report shows it.</summary>
    public static StoryReport ToReport(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StoryReport(story.Id, story.Title, story.Documents, Time(story.First), Time(story.Last), story.Sources, story.SourceCount, story.IndependentSources, story.Copies);
    }

    private static string? Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>One relation as the report shows it; <paramref name="textOfA"/> gives the passages' text.</summary>
    public static ReuseReport ToReport(ReuseRelation relation, string textOfA)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(textOfA);
        var passages = relation.Passages
            .Select(p => new PassageReport(p.A.Start, p.A.Length, p.B.Start, p.B.Length, p.A.Of(textOfA), p.Words, Math.Round(p.Score, 4), p.IsQuotation))
            .ToList();
        return new ReuseReport(relation.A, relation.B, Lower(relation.Kind), relation.ContainmentA, relation.ContainmentB, relation.Source, passages);
    }

    /// <summary>One document as the report shows it.</summary>
    public static DocumentReport ToReport(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentReport
        {
            Id = document.Id,
            Source = document.Source,
            Url = document.Url,
            Author = document.Author,
            Title = document.Title,
            Dateline = document.Dateline,
            Published = Date(document.Published),
            PublishedAt = document.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
            PublishedFrom = Lower(document.PublishedFrom),
            Format = document.Format == InputFormat.JsonLines ? "jsonLines" : Lower(document.Format),
            Origin = document.Origin,
            ContentHash = document.ContentHash,
            Paragraphs = document.Paragraphs.Select(p => ToReport(document, p)).ToList(),
        };
    }

    private static ParagraphReport ToReport(Document document, Paragraph paragraph)
    {
        var embed = paragraph.Embed is { } e
            ? new EmbedReport(e.Author, e.Handle, Date(e.Date), e.Url, e.PostSpan.Start, e.PostSpan.Length)
            : null;
        return new ParagraphReport(Lower(paragraph.Kind), document.TextOf(paragraph), paragraph.Span.Start, paragraph.Span.Length, paragraph.Rule, embed);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
