using System.Data.Common;
using System.Globalization;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Contract;

/// <summary>
/// A fresh, empty store of one kind for one test: how to open it (again, or a second instance on the same database),
/// how the command line names it, and a connection of its own for looking at its tables directly.
/// </summary>
public abstract class StoreHarness : IAsyncDisposable
{
    private IArticleStore? _store;

    /// <summary>The store opened last by <see cref="OpenAsync"/>.</summary>
    public IArticleStore Store => _store ?? throw new InvalidOperationException("Call OpenAsync first.");

    /// <summary>What <c>--db</c> takes to open this store.</summary>
    public abstract string Db { get; }

    /// <summary>Makes the empty database ready, or skips the test (with the reason) when this kind of store cannot be tested here.</summary>
    public abstract Task PrepareAsync();

    /// <summary>Opens the store (and remembers it as <see cref="Store"/>).</summary>
    public async Task<IArticleStore> OpenAsync()
    {
        _store = await OpenInstanceAsync();
        return _store;
    }

    /// <summary>Opens another, independent instance of the store on the same database; the caller disposes it.</summary>
    public Task<IArticleStore> OpenAnotherAsync() => OpenInstanceAsync();

    /// <summary>Closes <see cref="Store"/>, as a process exiting would.</summary>
    public async Task CloseAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
            _store = null;
        }
    }

    /// <summary>The number of rows in <paramref name="table"/>.</summary>
    public Task<long> CountAsync(string table) => ScalarAsync<long>($"SELECT count(*) FROM {table};");

    /// <summary>The single value <paramref name="sql"/> returns.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text (<c>&lt;null&gt;</c> for null).</summary>
    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(Text(reader.GetValue(0)));
        }

        return values;
    }

    /// <summary>Every row of every table named, as text, sorted: to show that nothing changed.</summary>
    public async Task<List<string>> SnapshotAsync(params string[] tables)
    {
        await using var connection = await ConnectAsync();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table};";
            var tableRows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tableRows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)))));
            }

            rows.AddRange(tableRows.Order(StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>Closes the store and deletes its database.</summary>
    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        await DropAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance of the store on this harness's database.</summary>
    protected abstract Task<IArticleStore> OpenInstanceAsync();

    /// <summary>An open connection to the database, not pooled, outside any store.</summary>
    protected abstract Task<DbConnection> ConnectAsync();

    /// <summary>Deletes the database and everything of it.</summary>
    protected abstract Task DropAsync();

    private static string Text(object value) => value switch
    {
        DBNull => "<null>",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
