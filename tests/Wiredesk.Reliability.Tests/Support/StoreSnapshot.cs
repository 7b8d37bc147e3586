using Microsoft.Data.Sqlite;

namespace Wiredesk.Reliability.Tests.Support;

/// <summary>
/// Reads a SQLite store file as the tests see it: its integrity, its consistency across tables, and the content that
/// must be equal between an interrupted and an uninterrupted run (articles, reuse pairs, story memberships).
/// </summary>
internal sealed class StoreSnapshot : IDisposable
{
    private readonly SqliteConnection _connection;

    public StoreSnapshot(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        _connection.Open();
    }

    public long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public List<string> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public long Articles => Scalar("SELECT count(*) FROM articles;");

    public long PendingReuse => Scalar("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM reuse_signatures s WHERE s.content_hash = a.content_hash);");

    public long PendingStories => Scalar("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.content_hash = a.content_hash);");

    /// <summary>Asserts what must hold after any crash: SQLite's own checks, and no table ahead of or behind another.</summary>
    public void AssertConsistent(IReadOnlyDictionary<string, int> linesPerFile)
    {
        Assert.Equal(["ok"], Rows("PRAGMA integrity_check;"));
        Assert.Empty(Rows("PRAGMA foreign_key_check;"));

        // Nothing duplicated: one row per id and per content.
        Assert.Equal(Articles, Scalar("SELECT count(DISTINCT id) FROM articles;"));
        Assert.Equal(Articles, Scalar("SELECT count(DISTINCT content_hash) FROM articles;"));

        // The full-text index moves with the articles.
        Assert.Equal(Articles, Scalar("SELECT count(*) FROM articles_fts;"));

        // One input file is one transaction: all of its articles are stored, or none.
        var stored = Rows("SELECT substr(origin, 1, instr(origin, '#') - 1), count(*) FROM articles WHERE instr(origin, '#') > 0 GROUP BY 1;")
            .Select(r => r.Split('|')).ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (file, count) in stored)
        {
            Assert.True(linesPerFile.TryGetValue(file, out var lines) && lines == count, $"{file}: {count} articles stored of {lines}");
        }

        // Each stage's records name stored articles, and stories come after reuse.
        Assert.Equal(0, Scalar("SELECT count(*) FROM reuse_signatures s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = s.content_hash);"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM reuse_relations r WHERE NOT EXISTS (SELECT 1 FROM reuse_signatures s WHERE s.content_hash = r.a_hash) OR NOT EXISTS (SELECT 1 FROM reuse_signatures s WHERE s.content_hash = r.b_hash);"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM story_members m WHERE NOT EXISTS (SELECT 1 FROM reuse_signatures s WHERE s.content_hash = m.content_hash);"));

        // Every story record agrees with its members.
        Assert.Equal(0, Scalar("SELECT count(*) FROM stories s WHERE json_array_length(s.documents) <> (SELECT count(*) FROM story_members m WHERE m.story_id = s.id);"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM story_members m WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = m.story_id);"));
    }

    /// <summary>What an interrupted run must end with exactly as an uninterrupted one does.</summary>
    public (List<string> Articles, List<string> ReusePairs, List<string> Memberships, List<string> Stories) Content() =>
    (
        Rows("SELECT id, content_hash, ingested_seq, title, length(text), (SELECT count(*) FROM paragraphs p WHERE p.content_hash = a.content_hash) FROM articles a ORDER BY id;"),
        Rows("SELECT a_hash, b_hash, kind, containment_a, containment_b, source_hash, (SELECT count(*) FROM reuse_passages p WHERE p.a_hash = r.a_hash AND p.b_hash = r.b_hash) FROM reuse_relations r ORDER BY a_hash, b_hash;"),
        Rows("SELECT content_hash, document_id, story_id, copy_of FROM story_members ORDER BY content_hash;"),
        Rows("SELECT id, title, first, last, documents, sources, source_count, independent_sources, copies FROM stories ORDER BY id;")
    );

    public void Dispose() => _connection.Dispose();
}
