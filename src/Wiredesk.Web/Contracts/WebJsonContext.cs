using System.Text.Json.Serialization;
using Wiredesk.Core.Report;

namespace Wiredesk.Web.Contracts;

/// <summary>
/// The API's JSON: camelCase, source-generated. The default encoder is kept on purpose: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>
/// and quotes in article text come out as <c>\u003C</c> and the like, so a response read as HTML by mistake runs nothing.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StoryReport))]
[JsonSerializable(typeof(StoryListResponse))]
[JsonSerializable(typeof(StoryDocumentsResponse))]
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(EntityResponse))]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(IngestResponse))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails))]
public sealed partial class WebJsonContext : JsonSerializerContext;
