namespace Wiredesk.Cluster.Workers;

/// <summary>One input as read from disk, not yet decoded: what a worker needs to read and clean it where it runs.</summary>
/// <param name="Id">The id its name gives (for feeds and JSON Lines, the prefix of item ids).</param>
/// <param name="Bytes">The file's bytes.</param>
/// <param name="Extension">The file's extension, which helps tell the format.</param>
/// <param name="Origin">The name problems are reported against.</param>
[GenerateSerializer, Immutable]
public sealed record InputBytes(string Id, byte[] Bytes, string? Extension, string Origin);
