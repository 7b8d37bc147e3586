using Orleans.Runtime;
using Orleans.Storage;

namespace Wiredesk.Cluster.Tests.Postgres;

public sealed class PostgresGrainStorageTests
{
    [Fact]
    public async Task State_written_is_read_back_by_a_new_activation_and_services_are_kept_apart()
    {
        await using var fixture = await PostgresMembershipTableTests.Fixture.CreateAsync();
        var storage = fixture.Storage("service-a");
        var grain = GrainId.Create("ledger", "main");
        var written = new GrainState<List<string>>([]);
        await storage.ReadStateAsync("ledger", grain, written);
        Assert.False(written.RecordExists);

        written.State = ["a", "b"];
        await storage.WriteStateAsync("ledger", grain, written);
        written.State = ["a", "b", "c"];
        await storage.WriteStateAsync("ledger", grain, written);

        var read = new GrainState<List<string>>([]);
        await fixture.Storage("service-a").ReadStateAsync("ledger", grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal(["a", "b", "c"], read.State);
        Assert.Equal(written.ETag, read.ETag);

        var elsewhere = new GrainState<List<string>>([]);
        await fixture.Storage("service-b").ReadStateAsync("ledger", grain, elsewhere);
        Assert.False(elsewhere.RecordExists);
    }

    [Fact]
    public async Task A_write_or_clear_from_a_stale_activation_throws_and_changes_nothing()
    {
        await using var fixture = await PostgresMembershipTableTests.Fixture.CreateAsync();
        var storage = fixture.Storage("service");
        var grain = GrainId.Create("sequencer", "main");
        var first = new GrainState<int>(1);
        await storage.WriteStateAsync("steps", grain, first);
        var stale = new GrainState<int>(0);
        await storage.ReadStateAsync("steps", grain, stale);
        first.State = 2;
        await storage.WriteStateAsync("steps", grain, first);

        stale.State = 99;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("steps", grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("steps", grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("steps", grain, new GrainState<int>(5)));

        var read = new GrainState<int>(0);
        await storage.ReadStateAsync("steps", grain, read);
        Assert.Equal(2, read.State);

        await storage.ClearStateAsync("steps", grain, read);
        var gone = new GrainState<int>(0);
        await storage.ReadStateAsync("steps", grain, gone);
        Assert.False(gone.RecordExists);
    }
}
