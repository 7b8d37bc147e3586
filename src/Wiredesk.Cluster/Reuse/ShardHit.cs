namespace Wiredesk.Cluster.Reuse;

/// <summary>An earlier document that shares keys of one partition with a new one.</summary>
/// <param name="Seq">The earlier document's sequence number.</param>
/// <param name="Fingerprints">Passage fingerprints of the partition both hold.</param>
/// <param name="Bands">LSH band keys of the partition both hold.</param>
[GenerateSerializer, Immutable]
public sealed record ShardHit(int Seq, int Fingerprints, int Bands);
