using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wiredesk.Core.Report;

/// <summary>The report's JSON form: camelCase names, indented, non-ASCII letters written as themselves.</summary>
public static class ReportJson
{
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The report as JSON text.</summary>
    public static string Serialize(AnalysisReport report) => JsonSerializer.Serialize(report, Context.AnalysisReport);

    /// <summary>One document as JSON text.</summary>
    public static string Serialize(DocumentReport document) => JsonSerializer.Serialize(document, Context.DocumentReport);

    /// <summary>One story as <c>wiredesk show &lt;story&gt; --json</c> prints it.</summary>
    public static string Serialize(StoryReport story) => JsonSerializer.Serialize(story, Context.StoryReport);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AnalysisReport))]
[JsonSerializable(typeof(DocumentReport))]
[JsonSerializable(typeof(StoryReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
