using System.Text.Encodings.Web;
using System.Text.Json;

namespace Wiredesk.Eval;

/// <summary>How the evaluation prints its results: indented camel-case JSON.</summary>
internal static class EvalJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);
}
