using System.Text;
using Wiredesk.Cluster.Workers;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Cli.Input;

/// <summary>
/// Reads an input file (or standard input) into raw articles within the <see cref="ReadLimits"/>: refuses files over the
/// size limit before reading them, decodes the bytes, tells the format and hands the text to its parser. JSON Lines over
/// the article limit are streamed line by line instead, a line over the limit skipped without being held whole.
/// Never throws for a bad file: every failure is a <see cref="ReadProblem"/> naming the file.
/// </summary>
internal sealed class InputReader(ReadLimits limits)
{
    private long MaxBytes => limits.MaxArticleBytes;

    private const int JsonLinesBatch = 500;

    /// <summary>Reads <paramref name="file"/> here, whole.</summary>
    public async IAsyncEnumerable<ReadResult> ReadAsync(InputFile file, Stream standardInput, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var piece in PiecesAsync(file, standardInput, cancellationToken).ConfigureAwait(false))
        {
            yield return piece.Read ?? Read(piece.Raw!);
        }
    }

    /// <summary>Reads a file's bytes here, as <see cref="ReadAsync"/> would.</summary>
    public ReadResult Read(InputBytes raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return ArticleBytes.Read(raw.Id, raw.Bytes, raw.Extension, raw.Origin, limits: limits);
    }

    /// <summary>
    /// Reads <paramref name="file"/> as far as this side must: a file within the limits comes back as its bytes, to be
    /// read wherever the caller sends them; standard input, large JSON Lines and failures come back read.
    /// </summary>
    public async IAsyncEnumerable<InputPiece> PiecesAsync(InputFile file, Stream standardInput, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (file.IsStandardInput)
        {
            yield return InputPiece.Of(await ReadStandardInputAsync(standardInput, cancellationToken).ConfigureAwait(false));
            yield break;
        }

        var length = File.Exists(file.Path) ? new FileInfo(file.Path).Length : 0;
        if (length > MaxBytes && FormatDetector.Detect(file.Extension, "") == InputFormat.JsonLines)
        {
            await foreach (var batch in ReadJsonLinesAsync(file, cancellationToken).ConfigureAwait(false))
            {
                yield return InputPiece.Of(batch);
            }

            yield break;
        }

        // The extension picks the limit; an extension that says nothing may hide a feed, whose limit ArticleReader then applies.
        var feedByExtension = FormatDetector.Detect(file.Extension, "") == InputFormat.Feed;
        var maybeFeed = FormatDetector.Detect(file.Extension, "<rss") == InputFormat.Feed;
        var limit = feedByExtension ? limits.MaxFeedBytes : maybeFeed ? Math.Max(MaxBytes, limits.MaxFeedBytes) : MaxBytes;
        if (length > limit)
        {
            yield return InputPiece.Of(feedByExtension
                ? ReadResult.Failed(file.DisplayName, $"the feed is {Megabytes(length)}; one feed may be at most {Megabytes(limits.MaxFeedBytes)} (see --max-feed-bytes)")
                : ReadResult.Failed(file.DisplayName, $"the file is {Megabytes(length)}; one article file may be at most {Megabytes(MaxBytes)} (see --max-bytes). JSON Lines files of any size are read line by line."));
            yield break;
        }

        var (bytes, failure) = await ReadBytesAsync(file, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            yield return InputPiece.Of(failure);
            yield break;
        }

        yield return InputPiece.Of(new InputBytes(file.Id, bytes, file.Extension, file.DisplayName));
    }

    private static async Task<(byte[] Bytes, ReadResult? Failure)> ReadBytesAsync(InputFile file, CancellationToken cancellationToken)
    {
        try
        {
            return (await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], ReadResult.Failed(file.DisplayName, $"the file could not be read: {ex.Message}"));
        }
    }

    private async Task<ReadResult> ReadStandardInputAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > Math.Max(MaxBytes, limits.MaxFeedBytes))
            {
                return ReadResult.Failed("stdin", $"standard input is over {Megabytes(MaxBytes)} (see --max-bytes)");
            }
        }

        return ParseStandardInput(new InputFile(InputFile.StandardInput, "stdin"), buffer.ToArray());
    }

    private ReadResult ParseStandardInput(InputFile file, byte[] bytes)
    {
        var id = file.Id;
        var decoded = TextDecoder.Decode(bytes, file.DisplayName);
        if (decoded.Text is not null && FormatDetector.Detect(file.Extension, decoded.Text) is InputFormat.Text or InputFormat.Html)
        {
            id = "stdin-" + ContentHash.Of(decoded.Text)[..8];
        }

        return ArticleBytes.Read(id, bytes, file.Extension, file.DisplayName, limits: limits);
    }

    private async IAsyncEnumerable<ReadResult> ReadJsonLinesAsync(InputFile file, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stream = new StreamReader(file.Path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var reader = new BoundedLineReader(stream, MaxBytes);
        var articles = new List<RawArticle>();
        var problems = new List<ReadProblem>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is var (line, tooLong))
        {
            lineNumber++;
            if (!tooLong && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = tooLong || JsonLinesParser.IsOverLimit(line!, MaxBytes)
                ? JsonLinesParser.LineTooLong(lineNumber, file.Id, file.DisplayName, MaxBytes)
                : ArticleReader.WithinLimits(JsonLinesParser.ParseLine(line!, lineNumber, file.Id, file.DisplayName), limits, file.DisplayName);
            articles.AddRange(result.Articles);
            problems.AddRange(result.Problems);
            if (articles.Count >= JsonLinesBatch)
            {
                yield return new ReadResult(articles.ToList(), problems.ToList());
                articles.Clear();
                problems.Clear();
            }
        }

        if (articles.Count > 0 || problems.Count > 0)
        {
            yield return new ReadResult(articles, problems);
        }
    }

    private static string Megabytes(long bytes) => ReadLimits.Megabytes(bytes);
}
