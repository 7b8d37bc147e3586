namespace Wiredesk.Core.Analysis;

/// <summary>
/// Runs one analysis stage: <paramref name="work"/> reports how many of <paramref name="count"/> items are done through the
/// progress it is given (or <see langword="null"/> when nobody watches). A terminal draws a bar; a server just runs it.
/// </summary>
public delegate Task AnalysisStage(string description, int count, Func<IProgress<int>?, Task> work);
