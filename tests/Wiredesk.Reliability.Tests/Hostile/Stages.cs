using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Quotes;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;
using Wiredesk.Core.Text;
using Wiredesk.Core.Time;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>Runs every per-document stage of the pipeline on an article and checks what each gives: cleaning, reuse tokens and signature, story profile, entities, quotations, time expressions, events.</summary>
internal static class Stages
{
    private static readonly Lazy<EventExtractor> Events = new(() => new EventExtractor());

    private static readonly Lazy<EntityResolver> Resolver = new(() => new EntityResolver(NamedEntities.CreateRecognizer()));

    /// <summary>The cleaned document, after every stage has run on it without breaking an invariant.</summary>
    public static Document RunAll(RawArticle article)
    {
        var document = new ArticleCleaner().Clean(article);
        Invariants.Hold(document);

        var tokens = ReuseTokenizer.Tokenize(document);
        _ = ReuseSigner.Sign(tokens, ReuseOptions.Default);
        _ = ArticleProfiler.Profile(document);

        foreach (var quote in new QuoteExtractor().Extract(document))
        {
            Invariants.Fits(quote.Content, document.Text, "quotation");
            Invariants.Fits(quote.Cue, document.Text, "cue");
            Invariants.Fits(quote.SpeakerMention, document.Text, "speaker");
            foreach (var part in quote.Parts)
            {
                Invariants.Fits(part, document.Text, "quotation part");
            }
        }

        var entities = Resolver.Value.Resolve([document]);
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                Invariants.Fits(mention.Span, document.Text, "entity mention");
            }
        }

        var times = new TemporalTagger().Tag(document.Text, document.Published);
        foreach (var expression in times)
        {
            Invariants.Fits(expression.Span, document.Text, "time expression");
        }

        foreach (var found in Events.Value.Extract(document, new EntityMentionIndex(entities), times))
        {
            Invariants.Fits(found.Cue, document.Text, "event cue");
            Invariants.Fits(found.Sentence, document.Text, "event sentence");
        }

        return document;
    }
}
