using System.Text;
using System.Text.Json;

namespace Wiredesk.Cli.Tests.Support;

/// <summary>Runs the wiredesk command in-process against a store in a temporary folder, capturing what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Directory.CreateTempSubdirectory("wiredesk-cli-").FullName;
        Db = Path.Combine(Folder, "test.db");
    }

    public string Folder { get; }

    public string Db { get; }

    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => await RunWithInputAsync("", args);

    public async Task<(int Exit, string Out, string Error)> RunWithInputAsync(string standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(standardInput));
        var console = new CliConsole(output, error, input, ShowProgress: false);
        var exit = await WiredeskCli.RunAsync([.. args, "--db", Db], console, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A folder left behind in the temp directory is harmless.
        }
    }
}
