using System.Text.Encodings.Web;
using System.Text.Json;

namespace Wiredesk.Cli;

/// <summary>JSON settings for the command's own small outputs (the report has its own, in the core).</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
