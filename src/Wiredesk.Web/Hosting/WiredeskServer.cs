using Microsoft.AspNetCore.Hosting;
using Wiredesk.Core.Storage;

namespace Wiredesk.Web.Hosting;

/// <summary>The Wiredesk web server over a store: the JSON API, the OpenAPI document and the story pages.</summary>
public static class WiredeskServer
{
    /// <summary>A server on Kestrel listening on <see cref="WebServerOptions.Urls"/>; start it with <c>RunAsync</c> or <c>StartAsync</c>.</summary>
    /// <param name="store">The store it serves; the caller owns it and disposes it after the server stops.</param>
    /// <param name="options">Addresses, limits, feeds and the watched folder.</param>
    public static WebApplication Create(IArticleStore store, WebServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WiredeskServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        WebStartup.ConfigureServices(builder.Services, store, options);
        var app = builder.Build();
        WebStartup.Configure(app);
        return app;
    }

    /// <summary>The same server as a generic host builder, for hosts that bring their own server (such as a test host).</summary>
    public static IHostBuilder CreateHostBuilder(IArticleStore store, WebServerOptions options) =>
        Host.CreateDefaultBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services => WebStartup.ConfigureServices(services, store, options))
            .Configure(WebStartup.Configure));
}
