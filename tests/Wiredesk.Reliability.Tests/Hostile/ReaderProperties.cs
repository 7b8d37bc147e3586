using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Wiredesk.Core.Ingest;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>
/// FsCheck properties over generated input: whatever the bytes or text, every reader gives an error or a whole result,
/// and every stage after it keeps its spans inside the text. FsCheck's runner is called from xunit v3 directly
/// (its xunit integration is built for another xunit version); a failure throws with the shrunk counter-example.
/// </summary>
public sealed class ReaderProperties
{
    /// <summary>How many cases each property tries; docs/reliability.md reports these counts.</summary>
    public const int Cases = 300;

    /// <summary>A fixed seed: the same cases every run, so that CI is repeatable; change it to explore further.</summary>
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithEndSize(400)
        .WithReplay(new Replay(new Rnd(20260309UL, 0x9E3779B97F4A7C15UL), null));

    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div>", "</div>", "<b>", "<br>", "<li>", "<ul>", "<h1>", "<blockquote>", "<script>", "</script>", "<!--", "-->",
        "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&amp;", "&e;", "&#0;", "&#xD800;",
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "\u200B", "\u200D", "\uFEFF", "\u202E", "\u2067", "\u2069", "\u0301", "\u0489",
        "\0", "\u0007", "\ud800", "\udc00", "😀", "\r", "\n", "\n\n", "\t", " ", "{", "}", "[", "]", ":", ",", "\\", "\\u0000",
        "Mayor Anna Berg", "said", "told reporters", "on Tuesday", "last week", "2026-03-01", "March 3, 2026", "BERLIN (Reuters) -",
        "PORTHEAVEN —", "By Jo Field", "Share this article", "Harbor pilots walked out.", "—", "@handle", "https://example.org/a",
    ];

    private static Gen<string> HostileText() =>
        Gen.Sized(size => Gen.ListOf(Gen.Elements(Fragments), size * 2)).Select(parts => string.Concat(parts));

    [Fact]
    public void Any_bytes_decode_to_text_or_to_one_error()
    {
        Check.One(Runs, Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var decoded = TextDecoder.Decode(bytes, "junk.bin");
            return decoded.Text is not null ^ decoded.Problem is { Severity: ProblemSeverity.Error };
        }));
    }

    [Fact]
    public void Any_text_read_as_any_format_gives_whole_articles_and_named_problems()
    {
        Check.One(Runs, Prop.ForAll(HostileText().ToArbitrary(), text =>
        {
            foreach (var format in Enum.GetValues<InputFormat>())
            {
                Invariants.Hold(ArticleReader.Read("any", text, format, "any.in"), "any.in");
            }
        }));
    }

    [Fact]
    public void Any_text_goes_through_every_stage_with_its_spans_inside_it()
    {
        Check.One(Runs, Prop.ForAll(HostileText().ToArbitrary(), text =>
        {
            foreach (var format in new[] { InputFormat.Text, InputFormat.Html })
            {
                foreach (var article in ArticleReader.Read("any", text, format, "any.in").Articles)
                {
                    Stages.RunAll(article);
                }
            }
        }));
    }

    [Fact]
    public void Any_text_in_a_feed_item_is_read_or_refused_never_thrown()
    {
        Check.One(Runs, Prop.ForAll(HostileText().ToArbitrary(), HostileText().ToArbitrary(), (title, body) =>
        {
            var escaped = System.Security.SecurityElement.Escape(body) ?? "";
            var feed = HostileCorpus.Rss($"<item><title>{title}</title><description>{escaped}</description></item>");
            var result = ArticleReader.Read("feed", feed, InputFormat.Feed, "feed.xml");
            Invariants.Hold(result, "feed.xml");
            foreach (var article in result.Articles)
            {
                Stages.RunAll(article);
            }
        }));
    }

    [Fact]
    public void Any_text_written_as_a_json_line_is_read_back_unchanged()
    {
        Check.One(Runs, Prop.ForAll(HostileText().ToArbitrary(), text =>
        {
            var line = JsonSerializer.Serialize(new { id = "p", text });
            var result = JsonLinesParser.ParseLine(line, 1, "f", "f.jsonl");
            // What the reader keeps is the text made well-formed (a lone surrogate becomes U+FFFD).
            var roundTripped = WellFormedText.Of(JsonSerializer.Deserialize<JsonElement>(line).GetProperty("text").GetString()!);
            return string.IsNullOrWhiteSpace(roundTripped)
                ? result.Articles.Count == 0 && result.Problems.Count == 1
                : result.Articles.Count == 1 && (result.Articles[0].Text == roundTripped.Trim() || result.Articles[0].Text == roundTripped);
        }));
    }
}
