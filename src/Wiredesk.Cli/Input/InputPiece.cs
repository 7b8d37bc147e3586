using Wiredesk.Cluster.Workers;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Cli.Input;

/// <summary>
/// Part of an input as the reader gives it: read already (<see cref="Read"/>: standard input, a failure, a stretch of a
/// large JSON Lines file), or a whole file's bytes (<see cref="Raw"/>) for whoever reads it, here or on a cluster.
/// </summary>
internal sealed record InputPiece(ReadResult? Read, InputBytes? Raw)
{
    public static InputPiece Of(ReadResult read) => new(read, null);

    public static InputPiece Of(InputBytes raw) => new(null, raw);
}
