using Wiredesk.Core.Ingest;

namespace Wiredesk.Cluster.Workers;

/// <summary>Inputs sent to a worker together, with the limits they are read within.</summary>
/// <param name="Inputs">The inputs, in order.</param>
/// <param name="Limits">The read limits of the run.</param>
[GenerateSerializer, Immutable]
public sealed record InputBatch(InputBytes[] Inputs, ReadLimits Limits);
