namespace Wiredesk.Reliability.Tests.Support;

/// <summary>Tests that measure the process's allocations or memory run alone, after the others, so that nothing else counts against them.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;
