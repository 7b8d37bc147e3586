namespace Wiredesk.Web.Catalog;

/// <summary>A counter that moves whenever an ingest changes what the store holds; caches compare against it.</summary>
internal sealed class StoreVersion
{
    private long _value = 1;

    public long Value => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
