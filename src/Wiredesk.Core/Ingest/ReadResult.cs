namespace Wiredesk.Core.Ingest;

/// <summary>What reading one input gave: the articles found and the problems met. One bad item never hides the good ones.</summary>
/// <param name="Articles">The articles read, in input order.</param>
/// <param name="Problems">The problems met, in input order.</param>
public sealed record ReadResult(IReadOnlyList<RawArticle> Articles, IReadOnlyList<ReadProblem> Problems)
{
    /// <summary>A result with one article and no problem.</summary>
    public static ReadResult Of(RawArticle article) => new([article], []);

    /// <summary>A result with no article and one error.</summary>
    public static ReadResult Failed(string origin, string message, int? line = null) =>
        new([], [new ReadProblem(origin, line, message, ProblemSeverity.Error)]);
}
