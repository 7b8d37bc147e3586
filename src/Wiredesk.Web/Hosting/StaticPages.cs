using Microsoft.Extensions.FileProviders;

namespace Wiredesk.Web.Hosting;

/// <summary>The page's files (HTML, script, style), embedded in this assembly so that the server needs nothing on disk.</summary>
internal static class StaticPages
{
    public static IFileProvider Files { get; } = new EmbeddedFileProvider(typeof(StaticPages).Assembly, "wwwroot");
}
