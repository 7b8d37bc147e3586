using System.Text;
using Wiredesk.Cli.Tests.Support;

namespace Wiredesk.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private const string Article = "date 2026-03-04\nFerry strikes ship in Portheaven\n\nPORTHEAVEN\n\nA ferry struck a container ship on Tuesday, injuring 17 people.\n";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Ingesting_the_same_files_twice_changes_nothing()
    {
        var (first, firstOut, _) = await _cli.RunAsync("ingest", Repository.Samples, "--json");
        var (second, secondOut, _) = await _cli.RunAsync("ingest", Repository.Samples, "--json");

        Assert.Equal((0, 0), (first, second));
        var before = CliRun.Json(firstOut);
        var after = CliRun.Json(secondOut);
        Assert.True(before.GetProperty("added").GetInt32() >= 10);
        Assert.Equal(0, after.GetProperty("added").GetInt32());
        Assert.Equal(0, after.GetProperty("updated").GetInt32());
        Assert.Equal(before.GetProperty("added").GetInt32(), after.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_changed_file_replaces_its_article()
    {
        var path = _cli.Write("story.txt", Article);
        await _cli.RunAsync("ingest", path);
        File.WriteAllText(path, Article.Replace("17 people", "19 people", StringComparison.Ordinal));

        var (exit, output, _) = await _cli.RunAsync("ingest", path, "--json");
        var (_, shown, _) = await _cli.RunAsync("show", "story");

        Assert.Equal(0, exit);
        Assert.Equal(1, CliRun.Json(output).GetProperty("updated").GetInt32());
        Assert.Contains("19 people", shown);
    }

    [Fact]
    public async Task One_bad_file_is_named_and_never_stops_the_rest()
    {
        var good = _cli.Write("good.txt", Article);
        var empty = _cli.Write("empty.txt", "");
        var binary = _cli.Write("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var badJson = _cli.Write("items.jsonl", "{\"id\":\"one\",\"title\":\"One\",\"text\":\"The strike ended on Friday.\"}\n{\"id\": \"two\", \"text\": \n{\"id\":\"three\",\"text\":\"Work resumed at dawn.\"}\n");

        var (exit, output, error) = await _cli.RunAsync("ingest", good, empty, binary, badJson, "--json");

        Assert.Equal(1, exit);
        Assert.Contains($"{empty}: error: the file is empty", error);
        Assert.Contains($"{binary}: error: this is a PNG image", error);
        Assert.Contains($"{badJson}:2: error:", error);
        var result = CliRun.Json(output);
        Assert.Equal(3, result.GetProperty("added").GetInt32());
        Assert.Equal(3, result.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Truncated_html_is_stored_with_a_warning()
    {
        var page = _cli.Write("cut.html", "<html><head><title>Strike ends</title></head><body><article><h1>Strike ends</h1><p>The strike ended on Friday after talks through the night, the union said.</p><p>Work resumed at da");

        var (exit, _, error) = await _cli.RunAsync("ingest", page);
        var (_, shown, _) = await _cli.RunAsync("show", "cut");

        Assert.Equal(0, exit);
        Assert.Contains($"{page}: warning:", error);
        Assert.Contains("The strike ended on Friday", shown);
    }

    [Fact]
    public async Task A_file_in_the_wrong_encoding_is_read_as_windows_1252_with_a_warning()
    {
        var path = _cli.Write("latin.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners in Portheaven reopened on Friday, the mayor said."));

        var (exit, _, error) = await _cli.RunAsync("ingest", path);
        var (_, shown, _) = await _cli.RunAsync("show", "latin");

        Assert.Equal(0, exit);
        Assert.Contains($"{path}: warning: not valid UTF-8", error);
        Assert.Contains("Café owners", shown);
    }

    [Fact]
    public async Task A_50_megabyte_article_file_is_refused_with_its_size()
    {
        var path = Path.Combine(_cli.Folder, "huge.txt");
        await using (var file = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes(new string('a', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++)
            {
                file.Write(line);
            }
        }

        var (exit, _, error) = await _cli.RunAsync("ingest", path);

        Assert.Equal(4, exit);
        Assert.Contains($"{path}: error: the file is 50.0 MB; one article file may be at most 32.0 MB", error);
    }

    [Fact]
    public async Task A_json_lines_file_over_the_limit_is_read_line_by_line()
    {
        var lines = Enumerable.Range(1, 40).Select(i => $"{{\"id\":\"n{i}\",\"published\":\"2026-03-0{1 + (i % 9)}\",\"title\":\"Item {i}\",\"text\":\"Article number {i} about the harbor strike in Portheaven.\"}}");
        var path = _cli.Write("many.jsonl", string.Join('\n', lines));

        var (exit, output, error) = await _cli.RunAsync("ingest", path, "--max-bytes", "1000", "--json");

        Assert.True(exit == 0, error);
        Assert.Equal(40, CliRun.Json(output).GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Standard_input_is_read_with_a_dash()
    {
        var (exit, output, _) = await _cli.RunWithInputAsync(Article, "ingest", "-", "--json");

        Assert.Equal(0, exit);
        var id = CliRun.Json(output).GetProperty("documents")[0].GetProperty("id").GetString();
        Assert.StartsWith("stdin-", id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Globs_and_folders_are_expanded()
    {
        _cli.Write("in/a/one.txt", Article);
        _cli.Write("in/b/two.txt", Article.Replace("17", "18", StringComparison.Ordinal));
        _cli.Write("in/b/notes.bin", "ignored");

        var (_, folder, _) = await _cli.RunAsync("ingest", Path.Combine(_cli.Folder, "in"), "--json");
        var (_, glob, _) = await _cli.RunAsync("ingest", Path.Combine(_cli.Folder, "in", "**", "t*.txt"), "--json");

        Assert.Equal(2, CliRun.Json(folder).GetProperty("files").GetInt32());
        Assert.Equal(1, CliRun.Json(glob).GetProperty("files").GetInt32());
    }

    [Fact]
    public async Task A_path_that_does_not_exist_exits_with_4()
    {
        var (exit, _, error) = await _cli.RunAsync("ingest", Path.Combine(_cli.Folder, "nope"));

        Assert.Equal(4, exit);
        Assert.Contains("no such file or folder", error);
    }

    [Fact]
    public async Task A_store_that_is_not_a_database_exits_with_3_and_says_why()
    {
        var notADatabase = _cli.Write("store.db", "this is not a database, just words in a file that is long enough to be read");
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, Stream.Null, ShowProgress: false);

        var exit = await WiredeskCli.RunAsync(["ingest", Repository.Samples, "--db", notADatabase], console, TestContext.Current.CancellationToken);

        Assert.Equal(3, exit);
        Assert.Contains($"{notADatabase}: error: the store could not be opened", error.ToString());
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("frobnicate")]
    [InlineData("search")]
    public async Task A_wrong_command_line_exits_with_2(string command)
    {
        var (exit, _, error) = await _cli.RunAsync(command);

        Assert.Equal(2, exit);
        Assert.Contains("wiredesk: error:", error);
    }
}
