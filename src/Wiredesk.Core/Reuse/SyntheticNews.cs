using System.Globalization;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// A deterministic stream of invented news articles for benchmarks and scale runs: 300–700 words each in a made-up
/// language with Zipf word frequencies, and about one in five a copy of an article published up to
/// <see cref="SourceWindow"/> articles before it, edited as republishers do (words replaced, spellings and quote marks
/// switched, sentences inserted and deleted, shortened, or with extra paragraphs). Article <c>n</c> is a pure function
/// of the seed and <c>n</c>, so any article (and any copy's source) can be made again without keeping the stream.
/// </summary>
public sealed class SyntheticNews
{
    /// <summary>How far back a copy's source may lie, in articles.</summary>
    public const int SourceWindow = 2000;

    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly int _seed;
    private readonly double _copyShare;
    private readonly SyntheticWriter _writer;
    private readonly SyntheticEditor _editor;

    /// <summary>A stream drawn from <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed; equal seeds give equal streams.</param>
    /// <param name="copyShare">The share of articles that are copies of an earlier one.</param>
    public SyntheticNews(int seed, double copyShare = 0.2)
    {
        _seed = seed;
        _copyShare = copyShare;
        var vocabulary = new SyntheticVocabulary(seed, 4000);
        _writer = new SyntheticWriter(vocabulary);
        _editor = new SyntheticEditor(vocabulary, _writer);
    }

    /// <summary>Articles <c>0 … count-1</c>, made as they are read.</summary>
    public IEnumerable<SyntheticArticle> Articles(int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return Article(index);
        }
    }

    /// <summary>Article <paramref name="index"/> of the stream.</summary>
    public SyntheticArticle Article(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var (paragraphs, source, edit, curly) = Paragraphs(index);
        var id = "syn" + index.ToString("D8", CultureInfo.InvariantCulture);
        var title = SyntheticVocabulary.Capital(string.Join(' ', paragraphs[0][0].Words.Take(8)));
        return new SyntheticArticle(index, SyntheticWriter.Render(id, Start.AddSeconds(index * 30L), title, paragraphs, curly), source, edit);
    }

    private (List<List<SyntheticSentence>> Paragraphs, int? Source, SyntheticEdit Edit, bool Curly) Paragraphs(int index)
    {
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        if (index == 0 || random.NextDouble() >= _copyShare)
        {
            return (_writer.Article(random), null, SyntheticEdit.None, random.Next(2) == 0);
        }

        var source = index - 1 - random.Next(Math.Min(index, SourceWindow));
        var edit = (SyntheticEdit)(1 + random.Next(4));
        var (sourceParagraphs, _, _, curly) = Paragraphs(source);
        return (_editor.Edit(sourceParagraphs, edit, random), source, edit, random.Next(3) == 0 ? !curly : curly);
    }
}
