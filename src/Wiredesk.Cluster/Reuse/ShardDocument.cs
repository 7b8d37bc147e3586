namespace Wiredesk.Cluster.Reuse;

/// <summary>What one partition of the reuse index is told of a document: its place in the stream and its keys that hash to the partition.</summary>
/// <param name="Seq">The document's sequence number in the stream.</param>
/// <param name="Fingerprints">Its passage fingerprints of the partition.</param>
/// <param name="Bands">Its LSH band keys of the partition, with repeats as the signature has them.</param>
[GenerateSerializer, Immutable]
public sealed record ShardDocument(int Seq, uint[] Fingerprints, uint[] Bands);
