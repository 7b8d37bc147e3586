using Wiredesk.Cli.Input;
using Wiredesk.Core.Ingest;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>Runs one input through every reader: the decoder, each of the four parsers whatever the extension says, and the CLI's file reader.</summary>
internal static class Readers
{
    /// <summary>The articles every reader found; asserts the invariants of each result on the way.</summary>
    public static async Task<IReadOnlyList<RawArticle>> ReadEverywayAsync(HostileInput input, string path, ReadLimits limits)
    {
        var articles = new List<RawArticle>();
        var decoded = TextDecoder.Decode(input.Bytes, input.FileName);
        Assert.True(decoded.Text is not null || decoded.Problem is { Severity: ProblemSeverity.Error }, "the decoder gave neither text nor an error");
        if (decoded.Text is { } text)
        {
            foreach (var format in Enum.GetValues<InputFormat>())
            {
                var result = ArticleReader.Read(input.Name, text, format, input.FileName, limits);
                Invariants.Hold(result, input.FileName);
                articles.AddRange(result.Articles);
            }
        }

        var reader = new InputReader(limits);
        await foreach (var result in reader.ReadAsync(new InputFile(path, input.Name), Stream.Null, TestContext.Current.CancellationToken))
        {
            Invariants.Hold(result, path);
            articles.AddRange(result.Articles);
        }

        return articles;
    }
}
